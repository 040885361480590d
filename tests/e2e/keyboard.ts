/**
 * Keyboard-only helpers for the browser tests: Tab to reach things, arrows within radio
 * groups and lists, Space and Enter, as a person without a mouse does.
 */
import type { Locator, Page } from '@playwright/test';

async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return '<body>';
    const name = a.getAttribute('aria-label') ?? (a as HTMLElement).innerText?.slice(0, 40) ?? '';
    return `<${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ''}${(a as HTMLInputElement).type ? ` type=${(a as HTMLInputElement).type}` : ''}> ${name}`;
  });
}

const isActive = (loc: Locator) => loc.evaluate((el) => el === document.activeElement).catch(() => false);

/**
 * Press Tab until `target` has the focus, as a keyboard user would: Tab when it comes later
 * in the page than the focus, Shift+Tab when it comes earlier (at most `max` presses).
 */
export async function tabTo(page: Page, target: Locator, what: string, max = 120): Promise<void> {
  await target.waitFor({ state: 'attached', timeout: 10_000 });
  const backwards = await target.evaluate((el) => {
    const a = document.activeElement;
    if (!a || a === document.body || a === el) return false;
    return !!(a.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
  });
  for (let i = 0; i <= max; i++) {
    if (await isActive(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${what} in ${max} presses; focus is on ${await describeFocus(page)}`);
}

/** Reach a link by Tab and press Enter on it. */
export async function followLink(page: Page, name: string | RegExp): Promise<void> {
  const link = page.getByRole('link', { name, exact: typeof name === 'string' });
  await tabTo(page, link, `the "${String(name)}" link`);
  await page.keyboard.press('Enter');
}

/**
 * Choose a radio button by its accessible name, keyboard only: Tab into its group, arrow
 * keys to it (which also checks it), Space when focus landed on it unchecked.
 * `group` narrows the search to a fieldset/radiogroup with that accessible name.
 */
export async function chooseRadio(page: Page, option: string | RegExp, group?: string | RegExp): Promise<void> {
  const scope = group ? page.getByRole('group', { name: group }).or(page.getByRole('radiogroup', { name: group })) : page;
  const radio = scope.getByRole('radio', { name: option, exact: typeof option === 'string' });
  const count = await radio.count();
  if (count !== 1) throw new Error(`expected one radio "${String(option)}"${group ? ` in "${String(group)}"` : ''}, found ${count}`);
  const groupName = await radio.evaluate((el) => (el as HTMLInputElement).name ?? '');
  const inGroup = () =>
    page.evaluate((n) => {
      const a = document.activeElement;
      return !!a && a.getAttribute('role') !== 'radiogroup' && (a as HTMLInputElement).type === 'radio' && (a as HTMLInputElement).name === n;
    }, groupName);
  let i = 0;
  for (; i < 80 && !(await inGroup()); i++) await page.keyboard.press('Tab');
  if (!(await inGroup())) throw new Error(`Tab never reached the radio group of "${String(option)}"; focus: ${await describeFocus(page)}`);
  const total = await page.locator(`input[type=radio][name="${groupName}"]`).count();
  for (let j = 0; j <= total && !(await isActive(radio)); j++) await page.keyboard.press('ArrowDown');
  if (!(await isActive(radio))) throw new Error(`arrow keys never reached the radio "${String(option)}"`);
  if (!(await radio.isChecked())) await page.keyboard.press(' ');
  if (!(await radio.isChecked())) throw new Error(`the radio "${String(option)}" did not get checked`);
}

/** Tick or untick a checkbox by its accessible name: Tab to it, Space. */
export async function setCheckbox(page: Page, name: string | RegExp, checked: boolean): Promise<void> {
  const box = page.getByRole('checkbox', { name, exact: typeof name === 'string' });
  if ((await box.isChecked()) === checked) return;
  await tabTo(page, box, `the checkbox "${String(name)}"`);
  await page.keyboard.press(' ');
  if ((await box.isChecked()) !== checked) throw new Error(`the checkbox "${String(name)}" did not change`);
}

/** Type into a text field reached by Tab (select-all first, so old text goes). */
export async function fillByKeyboard(page: Page, field: Locator, what: string, text: string): Promise<void> {
  await tabTo(page, field, what);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/**
 * Choose an option of a native <select> by keyboard: focus it with Tab, then arrow keys
 * until the option with that label is selected.
 */
export async function chooseSelectOption(page: Page, select: Locator, what: string, optionLabel: string): Promise<void> {
  await tabTo(page, select, what);
  const labels = await select.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.label.trim()));
  const target = labels.indexOf(optionLabel);
  if (target < 0) throw new Error(`${what} has no option "${optionLabel}" (has: ${labels.slice(0, 12).join(', ')}…)`);
  for (let i = 0; i < labels.length + 1; i++) {
    const at = await select.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
    if (at === target) return;
    await page.keyboard.press(at < target ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(`arrow keys never selected "${optionLabel}" in ${what}`);
}
