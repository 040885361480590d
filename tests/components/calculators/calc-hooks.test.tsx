// @vitest-environment jsdom
import { act, renderHook, screen } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import type { FormEvent, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { workOut, type CalcOutcome } from '../../../src/components/calculators/calc-checks.ts';
import { useCalcForm, type CalcRun } from '../../../src/components/calculators/calc-form.tsx';
import { RowList, useRowKeys, useRowList } from '../../../src/components/calculators/calc-rows.tsx';
import { i18nFor, renderWith } from './calc-test-kit.tsx';

let i18n: I18n;
beforeEach(async () => {
  i18n = await i18nFor('en');
});

const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;

/** A submit event of an empty form (no date input the browser could not read). */
const submitEvent = () => {
  const preventDefault = vi.fn();
  return { e: { preventDefault, currentTarget: document.createElement('form') } as unknown as FormEvent<HTMLFormElement>, preventDefault };
};

const missing = (fieldId: string, n: number) => ({ fieldId, key: 'calc.errors.missing', field: { key: 'calc.schengen.fields.stayEntry', params: { number: n } } });

describe('useCalcForm', () => {
  it('keeps the problems of a failed Calculate, in words, and counts the failures; a good one clears them', () => {
    const { result } = renderHook(() => useCalcForm<number>(), { wrapper });
    expect(result.current).toMatchObject({ result: undefined, messages: [], failures: 0 });

    const failing: CalcRun<number> = () => ({ ok: false, problems: [missing('a', 1), missing('a', 2), missing('b', 3)] });
    const { e, preventDefault } = submitEvent();
    act(() => result.current.submit(e, failing));
    expect(preventDefault).toHaveBeenCalled();
    expect(result.current.failures).toBe(1);
    expect(result.current.messages.map((m) => m.message)).toEqual([
      'Stay 1, date of entry: enter a date',
      'Stay 2, date of entry: enter a date',
      'Stay 3, date of entry: enter a date',
    ]);
    // The first message of each field is shown above it.
    expect(result.current.errorFor.get('a')).toBe('Stay 1, date of entry: enter a date');
    expect(result.current.errorFor.get('b')).toBe('Stay 3, date of entry: enter a date');

    act(() => result.current.submit(submitEvent().e, failing));
    expect(result.current.failures).toBe(2);

    act(() => result.current.dropProblems(['a']));
    expect(result.current.messages.map((m) => m.fieldId)).toEqual(['b']);
    expect(result.current.failures).toBe(2);

    act(() => result.current.submit(submitEvent().e, () => ({ ok: true, value: 0 })));
    expect(result.current).toMatchObject({ result: 0, messages: [], failures: 2 });

    act(() => result.current.submit(submitEvent().e, failing));
    expect(result.current.result).toBeUndefined();
  });

  it('gives run the ids of the date inputs the browser could not read', () => {
    const { result } = renderHook(() => useCalcForm<string[]>(), { wrapper });
    const form = document.createElement('form');
    const input = document.createElement('input');
    input.type = 'date';
    input.id = 'd';
    Object.defineProperty(input, 'validity', { value: { badInput: true } });
    form.append(input);
    const e = { preventDefault: () => {}, currentTarget: form } as unknown as FormEvent<HTMLFormElement>;
    act(() => result.current.submit(e, (unreadable): CalcOutcome<string[]> => ({ ok: true, value: [...unreadable] })));
    expect(result.current.result).toEqual(['d']);
  });
});

describe('workOut', () => {
  it('returns the value, or an "unexpected" problem on the field when the rules refuse', () => {
    const field = { key: 'calc.schengen.fields.checkDate' };
    expect(workOut(() => 5, 'x', field)).toEqual({ ok: true, value: 5 });
    expect(
      workOut(
        () => {
          throw new Error('refused');
        },
        'x',
        field,
      ),
    ).toEqual({ ok: false, problems: [{ fieldId: 'x', key: 'calc.errors.unexpected', field }] });
  });
});

interface Pair {
  key: number;
  a: string;
  b: string;
}

describe('useRowList and RowList', () => {
  function Lists({ onRemove }: { onRemove: (key: number) => void }) {
    const newKey = useRowKeys(1);
    const spec = (name: string) => ({
      newKey,
      blank: (key: number): Pair => ({ key, a: '', b: '' }),
      firstFieldId: (key: number) => `${name}-${key}-a`,
      addId: `${name}-add`,
      onRemove,
    });
    const first = useRowList<Pair>([{ key: 0, a: 'x', b: '' }], spec('first'));
    const second = useRowList<Pair>([], spec('second'));
    const rows = (name: string, list: typeof first) => (
      <RowList list={list} legend={(n) => `${name} ${n}`} removeLabel={(n) => `Remove ${name} ${n}`} addLabel={`Add ${name}`} keepOne={name === 'first'} empty={name === 'second' ? <p>None</p> : undefined}>
        {(row) => (
          <>
            <label htmlFor={`${name}-${row.key}-a`}>A</label>
            <input id={`${name}-${row.key}-a`} value={row.a} onChange={(e) => list.set(row.key, 'a', e.currentTarget.value)} />
          </>
        )}
      </RowList>
    );
    return (
      <>
        {rows('first', first)}
        {rows('second', second)}
      </>
    );
  }

  it('adds rows with keys never used before (one key source for both lists) and moves focus to the new row', async () => {
    const onRemove = vi.fn();
    const { user } = renderWith(<Lists onRemove={onRemove} />, i18n);
    // One row that must stay: no Remove; an empty list says so.
    expect(screen.getByRole('group', { name: 'first 1' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove first 1' })).not.toBeInTheDocument();
    expect(screen.getByText('None')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add first' }));
    expect(document.activeElement?.id).toBe('first-1-a');
    await user.click(screen.getByRole('button', { name: 'Add second' }));
    expect(document.activeElement?.id).toBe('second-2-a');
    expect(screen.queryByText('None')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove first 1' })).toBeInTheDocument();

    await user.type(document.getElementById('second-2-a')!, 'hi');
    expect(document.getElementById('second-2-a')).toHaveValue('hi');

    // Removing a row: the rows after it are numbered again, focus goes to its Add button.
    await user.click(screen.getByRole('button', { name: 'Remove first 1' }));
    expect(onRemove).toHaveBeenCalledWith(0);
    expect(document.activeElement?.id).toBe('first-add');
    expect(screen.getByRole('group', { name: 'first 1' })).toContainElement(document.getElementById('first-1-a'));
    expect(screen.queryByRole('button', { name: 'Remove first 1' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove second 1' }));
    expect(onRemove).toHaveBeenCalledWith(2);
    expect(document.activeElement?.id).toBe('second-add');
    expect(screen.getByText('None')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add first' }));
    expect(document.activeElement?.id).toBe('first-3-a');
  });
});
