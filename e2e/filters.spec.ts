/**
 * The unit directory's filter. With JavaScript: the form filters the list in place, announces the
 * count and keeps the selection in the URL. Without: no form, the facet pages do the filtering
 * and the directory lists every unit.
 */
import { expect, type Page, test } from '@playwright/test';
import { readCollection, REAL_CONTENT } from './support/content';

const units = readCollection(REAL_CONTENT, 'units');
const baotou = units.filter((u) => u.data.region === '包头市');
const confirmed = baotou.filter((u) => u.data.status === 'confirmed-point');
const confirmedNames = confirmed.map((u) => u.data.name as string).sort();

/** The unit list is the last list in <main>, after the breadcrumbs and the facet links. */
const unitList = (page: Page) => page.getByRole('main').getByRole('list').last();
/** Units currently listed: hidden items are not in the accessibility tree, so they do not count. */
const listedUnits = (page: Page) => unitList(page).getByRole('listitem');
const listedNames = async (page: Page) =>
  (await unitList(page).getByRole('listitem').getByRole('link').allTextContents()).map((t) => t.trim()).sort();

const filterForm = (page: Page) => page.getByRole('search', { name: '筛选' });
/** A filter's select, by its label. */
const select = (page: Page, label: '盟市' | '类别' | '状态') => filterForm(page).getByRole('combobox', { name: label });

test('the content has the data these tests rely on', () => {
  expect(units).toHaveLength(32);
  expect(confirmed).toHaveLength(5);
});

test.describe('with JavaScript', () => {
  test('choosing 盟市 and 状态 filters the list, announces the count and updates the URL', async ({ page }) => {
    await page.goto('/units/');
    await expect(page.getByRole('status')).toHaveText(`显示 ${units.length} / ${units.length} 个`);

    await select(page, '盟市').selectOption({ label: '包头市' });
    await expect(listedUnits(page)).toHaveCount(baotou.length);
    await expect(page.getByRole('status')).toHaveText(`显示 ${baotou.length} / ${units.length} 个`);
    await expect(page).toHaveURL(/\/units\/\?region=baotou$/);

    await select(page, '状态').selectOption({ label: '示范点（来源证实）' });
    await expect(listedUnits(page)).toHaveCount(confirmedNames.length);
    expect(await listedNames(page)).toEqual(confirmedNames);
    await expect(page.getByRole('status')).toHaveText(`显示 ${confirmedNames.length} / ${units.length} 个`);
    await expect(page).toHaveURL(/\/units\/\?region=baotou&status=confirmed-point$/);

    await page.reload();
    await expect(select(page, '盟市')).toHaveValue('baotou');
    await expect(select(page, '状态')).toHaveValue('confirmed-point');
    await expect(listedUnits(page)).toHaveCount(5);
    await expect(page.getByRole('status')).toHaveText('显示 5 / 32 个');

    await filterForm(page).getByRole('button', { name: '清除筛选' }).click();
    await expect(listedUnits(page)).toHaveCount(units.length);
    await expect(page.getByRole('status')).toHaveText(`显示 ${units.length} / ${units.length} 个`);
    await expect(select(page, '盟市')).toHaveValue('');
    await expect(select(page, '状态')).toHaveValue('');
    await expect(page).toHaveURL(/\/units\/$/);
  });

  test('opening a filtered URL applies the filter', async ({ page }) => {
    await page.goto('/units/?region=baotou&status=confirmed-point');
    await expect(select(page, '盟市')).toHaveValue('baotou');
    await expect(select(page, '类别')).toHaveValue('');
    await expect(select(page, '状态')).toHaveValue('confirmed-point');
    await expect(listedUnits(page)).toHaveCount(confirmedNames.length);
    expect(await listedNames(page)).toEqual(confirmedNames);
    await expect(page.getByRole('status')).toHaveText(`显示 ${confirmedNames.length} / ${units.length} 个`);
  });

  test('a malformed parameter is reported and ignored', async ({ page }) => {
    await page.goto('/units/?region=atlantis');
    await expect(page.getByText('网址中的筛选条件“region=atlantis”无法识别，已忽略。')).toBeVisible();
    await expect(select(page, '盟市')).toHaveValue('');
    await expect(listedUnits(page)).toHaveCount(units.length);
    await expect(page.getByRole('status')).toHaveText(`显示 ${units.length} / ${units.length} 个`);
  });

  test('a crafted URL value is quoted short, once, as plain text', async ({ page }) => {
    const message = '本站已迁移，请致电 400-000-0000 办理'.repeat(20);
    await page.goto(`/units/?region=${encodeURIComponent(message)}&region=${encodeURIComponent(message)}&x=<b>y</b>`);
    const notice = page.getByText('无法识别，已忽略。');
    await expect(notice).toBeVisible();
    const text = (await notice.textContent()) ?? '';
    // The repeated value is named once, quoting at most 20 characters and an ellipsis.
    expect(text.match(/无法识别/g)).toHaveLength(1);
    expect(text.length).toBeLessThan(60);
    expect(text).toContain('…');
    await expect(page.locator('b', { hasText: 'y' })).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a selection that matches nothing says so', async ({ page }) => {
    await page.goto('/units/?region=hohhot&status=confirmed-point');
    await expect(listedUnits(page)).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText('没有符合条件的单位。请放宽筛选条件。');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the directory lists every unit and offers facet links instead of the form', async ({ page }) => {
    await page.goto('/units/');
    await expect(filterForm(page)).toHaveCount(0);
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(listedUnits(page)).toHaveCount(units.length);
    expect(await listedNames(page)).toEqual(units.map((u) => u.data.name as string).sort());
    await expect(page.getByRole('navigation', { name: '按条件浏览' })).toBeVisible();
  });

  test('the 盟市 facet link lists only that region’s units', async ({ page }) => {
    await page.goto('/units/');
    await page
      .getByRole('navigation', { name: '按条件浏览' })
      .getByRole('link', { name: `包头市（${baotou.length}）` })
      .click();
    await expect(page).toHaveURL(/\/units\/region\/baotou\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('盟市：包头市');
    await expect(listedUnits(page)).toHaveCount(baotou.length);
    expect(await listedNames(page)).toEqual(baotou.map((u) => u.data.name as string).sort());
    for (const item of await listedUnits(page).all()) await expect(item).toContainText('包头市');
  });

  test('the 状态 facet link lists the 5 confirmed points', async ({ page }) => {
    await page.goto('/units/');
    await page
      .getByRole('navigation', { name: '按条件浏览' })
      .getByRole('link', { name: '示范点（来源证实）（5）' })
      .click();
    await expect(page).toHaveURL(/\/units\/status\/confirmed-point\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('状态：示范点（来源证实）');
    await expect(listedUnits(page)).toHaveCount(5);
    expect(await listedNames(page)).toEqual(confirmedNames);
    await expect(
      page.getByRole('navigation', { name: '按条件浏览' }).getByRole('link', { name: '示范点（来源证实）（5）' }),
    ).toHaveAttribute('aria-current', 'page');
  });
});
