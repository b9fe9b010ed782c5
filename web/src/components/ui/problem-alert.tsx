import type { DisplayedProblem } from '@/lib/api/use-problem';
import { Alert } from './alert';

/** The form-level message of a problem (its title) plus field errors no field shows. */
export function ProblemAlert({ problem, fields = [] }: { problem: DisplayedProblem; fields?: readonly string[] }) {
  if (!problem.message) return null;
  return <Alert details={problem.otherErrors(fields)}>{problem.message}</Alert>;
}
