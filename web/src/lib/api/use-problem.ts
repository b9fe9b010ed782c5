import { useTranslation } from 'react-i18next';
import { translateDynamic } from '@/lib/i18n/dynamic';
import { fieldErrorsFor, isApiError, isNetworkError, unmatchedFieldErrors, type ProblemDetails } from './problem';

export interface DisplayedProblem {
  /** The message for the alert region, or undefined when there is nothing to show. */
  message: string | undefined;
  problem: ProblemDetails | undefined;
  /** Messages to show next to the field with this name. */
  fieldErrors: (field: string) => string[];
  /** Messages for fields the form does not have. */
  otherErrors: (knownFields: readonly string[]) => string[];
}

/**
 * Turns any error from the API layer into what a person sees: the problem's
 * title (translated by its code where a translation exists) and its field errors.
 */
export function useProblem(error: unknown): DisplayedProblem {
  const { t } = useTranslation();
  if (error === null || error === undefined) {
    return { message: undefined, problem: undefined, fieldErrors: () => [], otherErrors: () => [] };
  }
  let message: string;
  let problem: ProblemDetails | undefined;
  if (isApiError(error)) {
    problem = error.problem;
    const title = problem.title ?? t('errors.unexpected');
    message = problem.code ? translateDynamic(t, `problems.${problem.code}`, title) : title;
  } else if (isNetworkError(error)) {
    message = t('errors.network');
  } else {
    message = t('errors.unexpected');
  }
  return {
    message,
    problem,
    fieldErrors: (field) => fieldErrorsFor(problem, field),
    otherErrors: (known) => unmatchedFieldErrors(problem, known),
  };
}
