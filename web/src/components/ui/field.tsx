import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

interface FieldShellProps {
  id: string;
  label: ReactNode;
  errors: readonly string[] | undefined;
  hint?: ReactNode;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

function FieldShell({ id, label, errors, hint, children }: FieldShellProps) {
  const errorId = `${id}-errors`;
  const hintId = `${id}-hint`;
  const invalid = Boolean(errors && errors.length > 0);
  const describedBy = [hint ? hintId : undefined, invalid ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${invalid ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children(describedBy, invalid)}
      {invalid ? (
        <ul className="field__errors" id={errorId}>
          {errors?.map((message, index) => (
            <li key={`${String(index)}-${message}`}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  errors?: readonly string[];
  hint?: ReactNode;
}

/** A labelled input with its field errors shown beneath it and linked by aria-describedby. */
export function TextField({ label, errors, hint, ...inputProps }: TextFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} errors={errors} hint={hint}>
      {(describedBy, invalid) => (
        <input
          id={id}
          className="field__input"
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          {...inputProps}
        />
      )}
    </FieldShell>
  );
}

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: ReactNode;
  errors?: readonly string[];
  hint?: ReactNode;
}

export function TextAreaField({ label, errors, hint, ...textareaProps }: TextAreaFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} errors={errors} hint={hint}>
      {(describedBy, invalid) => (
        <textarea
          id={id}
          className="field__input field__input--multiline"
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          {...textareaProps}
        />
      )}
    </FieldShell>
  );
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: ReactNode;
  options: readonly { value: string; label: ReactNode }[];
  errors?: readonly string[];
  hint?: ReactNode;
}

export function SelectField({ label, options, errors, hint, ...selectProps }: SelectFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} errors={errors} hint={hint}>
      {(describedBy, invalid) => (
        <select
          id={id}
          className="field__input"
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          {...selectProps}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  label: ReactNode;
}

export function Checkbox({ label, ...inputProps }: CheckboxProps) {
  const id = useId();
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" className="checkbox__input" {...inputProps} />
      <label htmlFor={id} className="checkbox__label">
        {label}
      </label>
    </div>
  );
}

export interface CheckboxGroupProps<T extends string> {
  legend: ReactNode;
  options: readonly { value: T; label: ReactNode }[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  errors?: readonly string[];
  name: string;
}

/** A fieldset of checkboxes (e.g. roles), with its field errors under the legend. */
export function CheckboxGroup<T extends string>({ legend, options, value, onChange, errors, name }: CheckboxGroupProps<T>) {
  const id = useId();
  const errorId = `${id}-errors`;
  const invalid = Boolean(errors && errors.length > 0);
  return (
    <fieldset className={`field field--group${invalid ? ' field--invalid' : ''}`} aria-describedby={invalid ? errorId : undefined}>
      <legend className="field__label">{legend}</legend>
      <div className="checkbox-group">
        {options.map((option) => (
          <Checkbox
            key={option.value}
            name={name}
            value={option.value}
            label={option.label}
            checked={value.includes(option.value)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? [...value, option.value]
                  : value.filter((selected) => selected !== option.value),
              )
            }
          />
        ))}
      </div>
      {invalid ? (
        <ul className="field__errors" id={errorId}>
          {errors?.map((message, index) => (
            <li key={`${String(index)}-${message}`}>{message}</li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
