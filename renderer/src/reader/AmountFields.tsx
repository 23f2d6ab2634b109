// The amount a researcher types for a value, the same in every form that takes
// one (adding a missed value, overriding a source's): a number, or a low and a
// high, and whether it is approximate. Blank fields mean none.
export interface TypedAmount {
  value: string;
  low: string;
  high: string;
  approx: boolean;
}

export const NO_AMOUNT: TypedAmount = { value: '', low: '', high: '', approx: false };

export function AmountFields(props: { amount: TypedAmount; onChange(amount: TypedAmount): void }) {
  const { amount, onChange } = props;
  return (
    <div className="add-value-amount">
      <label>
        Number <input inputMode="decimal" value={amount.value} onChange={(e) => onChange({ ...amount, value: e.target.value })} />
      </label>
      <label>
        Low <input inputMode="decimal" value={amount.low} onChange={(e) => onChange({ ...amount, low: e.target.value })} />
      </label>
      <label>
        High <input inputMode="decimal" value={amount.high} onChange={(e) => onChange({ ...amount, high: e.target.value })} />
      </label>
      <label className="add-value-approx">
        <input type="checkbox" checked={amount.approx} onChange={(e) => onChange({ ...amount, approx: e.target.checked })} /> approximate
      </label>
    </div>
  );
}
