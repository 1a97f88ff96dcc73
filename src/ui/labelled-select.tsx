// A select with its visible label (label for=id): one component for every such choice.
// Props only; the caller keeps the value.

export interface SelectOption {
  value: string;
  label: string;
}

export interface LabelledSelectProps {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  disabled?: boolean;
  /** Class of the wrapping element; null leaves the label and select unwrapped (inline rows). */
  fieldClass?: string | null;
}

export function LabelledSelect({
  id,
  label,
  value,
  options,
  onChange,
  disabled,
  fieldClass = 'field',
}: LabelledSelectProps) {
  const parts = (
    <>
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </>
  );
  return fieldClass === null ? parts : <div class={fieldClass}>{parts}</div>;
}
