/**
 * Site-wide settings that differ between deployments, read from the environment at build time.
 * See README "Deploying" for the variables and which sites need which. Every value is checked
 * when the build starts: a malformed one stops it with a message naming the variable.
 */
import { IS_DEMO } from './content/contentDir';

/** The settings of one deployment. Empty strings are settings left unset: nothing is shown. */
export interface SiteConfig {
  /** ICP filing number (e.g. "蒙ICP备2024000001号-1"); every site hosted in mainland China. */
  icpNumber: string;
  /** Link target of the ICP number, the MIIT filing system. */
  icpUrl: string;
  /** Public-security filing number (e.g. "蒙公网安备 15020002000000号"). */
  psbNumber: string;
  /** Its record in the public-security filing system, from the number's digits; '' when unset. */
  psbUrl: string;
  /** Website identification code (网站标识码) of a party or government site, 10 characters. */
  websiteCode: string;
  /** The site's 党政机关 certificate page on bszs.conac.cn: where the 党政机关 mark links. */
  govMarkUrl: string;
  /** The 党政机关 mark image, a file of the site (under public/); '' shows the mark as text. */
  govMarkImage: string;
  /** True when the build publishes the fictional demo data set. */
  isDemo: boolean;
}

type Env = Record<string, string | undefined>;

const ICP = /^\p{Script=Han}ICP[备证]\d{6,10}号(?:-\d{1,3})?$/u;
const PSB = /^\p{Script=Han}公网安备\s*(\d{14})号$/u;
const WEBSITE_CODE = /^[0-9A-Za-z]{10}$/;
const IMAGE_PATH = /^\/(?!\/)[\w./-]+\.(?:png|jpe?g|gif|svg|webp)$/i;

/** A setting that does not have its expected form. */
function invalid(name: string, value: string, expected: string): Error {
  return new Error(`${name}="${value}" is not valid: expected ${expected}. Fix the variable or leave it unset.`);
}

/** The settings of the environment `env` (defaults to `process.env`); throws on a malformed value. */
export function siteConfigFrom(env: Env = process.env): SiteConfig {
  const read = (name: string) => (env[name] ?? '').trim();

  const icpNumber = read('PUBLIC_ICP_NUMBER');
  if (icpNumber && !ICP.test(icpNumber)) {
    throw invalid('PUBLIC_ICP_NUMBER', icpNumber, 'an ICP number such as 蒙ICP备2024000001号 or 蒙ICP备2024000001号-1');
  }

  const psbNumber = read('PUBLIC_PSB_NUMBER');
  const psbDigits = PSB.exec(psbNumber)?.[1];
  if (psbNumber && !psbDigits) {
    throw invalid(
      'PUBLIC_PSB_NUMBER',
      psbNumber,
      'a public-security filing number such as 蒙公网安备 15020002000000号 (14 digits)',
    );
  }

  const websiteCode = read('PUBLIC_WEBSITE_CODE');
  if (websiteCode && !WEBSITE_CODE.test(websiteCode)) {
    throw invalid(
      'PUBLIC_WEBSITE_CODE',
      websiteCode,
      'a website identification code of 10 letters or digits, such as 1502000001',
    );
  }

  const govMarkUrl = read('PUBLIC_GOV_MARK_URL');
  if (govMarkUrl) {
    const url = URL.canParse(govMarkUrl) ? new URL(govMarkUrl) : undefined;
    if (url?.protocol !== 'https:' || url.hostname !== 'bszs.conac.cn' || url.username || url.password) {
      throw invalid(
        'PUBLIC_GOV_MARK_URL',
        govMarkUrl,
        'the https://bszs.conac.cn/… address of the site’s 党政机关 certificate',
      );
    }
  }

  const govMarkImage = read('PUBLIC_GOV_MARK_IMAGE');
  if (govMarkImage && !IMAGE_PATH.test(govMarkImage)) {
    throw invalid(
      'PUBLIC_GOV_MARK_IMAGE',
      govMarkImage,
      'the path of an image file under public/, such as /images/dzjg.png',
    );
  }
  if (govMarkImage && !govMarkUrl) {
    throw new Error(
      'PUBLIC_GOV_MARK_IMAGE is set without PUBLIC_GOV_MARK_URL: the 党政机关 mark must link to the site’s certificate.',
    );
  }

  return {
    icpNumber,
    icpUrl: 'https://beian.miit.gov.cn/',
    psbNumber,
    psbUrl: psbDigits ? `https://beian.mps.gov.cn/#/query/webSearch?code=${psbDigits}` : '',
    websiteCode,
    govMarkUrl,
    govMarkImage,
    isDemo: IS_DEMO,
  };
}

/** The settings of this deployment, checked as the build loads this module. */
export const siteConfig: SiteConfig = siteConfigFrom();
