import { useCallback, useRef, useState } from 'react';
import { ApiError } from './problem';
import { mapFieldErrors, type FieldErrorMap } from './fieldErrors';

/**
 * One form's call to the API: busy while it runs; on a problem+json answer, its field errors by the form's keys
 * (shown next to the fields, the first invalid field focused) and the problem itself (shown above the form).
 * `roots` are the form's top-level members, so "update.request.parentCode" lands on "parentCode".
 */
export function useSubmission(roots: readonly string[]) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrorMap>({});
  const formRef = useRef<HTMLFormElement>(null);
  const rootsRef = useRef(roots);

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  /** Runs `action`; resolves to its result, or to undefined after showing what went wrong. */
  const submit = useCallback(async <T>(action: () => Promise<T>, localErrors: FieldErrorMap = {}): Promise<T | undefined> => {
    setError(null);
    setFieldErrors(localErrors);
    if (Object.keys(localErrors).length > 0) {
      focusFirstInvalid();
      return undefined;
    }
    setBusy(true);
    try {
      return await action();
    } catch (err) {
      setFieldErrors(err instanceof ApiError ? mapFieldErrors(err.fieldErrors, rootsRef.current) : {});
      setError(err);
      focusFirstInvalid();
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);

  const reset = useCallback(() => {
    setError(null);
    setFieldErrors({});
  }, []);

  return { busy, error, fieldErrors, formRef, submit, reset };
}
