/** The state every form action returns (field errors as values, announced by the form). */
export type FormState<T> = {
  status: 'idle' | 'error' | 'success';
  message?: string;
  fieldErrors?: Partial<Record<keyof T, string[]>>;
  values?: Partial<T>;
};
