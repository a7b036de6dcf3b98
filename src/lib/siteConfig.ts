/**
 * Site-wide settings that differ between deployments, read from the environment at build time.
 * See README "部署" for the variables.
 */
import { IS_DEMO } from './content/contentDir';

/** The settings of this deployment. */
export const siteConfig = {
  /** ICP filing number for the footer (e.g. "蒙ICP备XXXXXXXX号"); empty when not set. */
  icpNumber: process.env.PUBLIC_ICP_NUMBER ?? '',
  /** Link target of the ICP number, the MIIT filing system. */
  icpUrl: 'https://beian.miit.gov.cn/',
  /** True when the build publishes the fictional demo data set. */
  isDemo: IS_DEMO,
} as const;
