import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { useFeatureFlags } from '../api/get-feature-flags';
import { FeatureFlagEditor } from './feature-flag-editor';

export function FeatureFlagsAdmin() {
  const flags = useFeatureFlags();
  const problem = useProblem(flags.error);
  if (flags.isPending) return <Spinner />;
  if (flags.isError) return <ProblemAlert problem={problem} />;
  return (
    <div className="stack">
      {[...flags.data]
        .sort((a, b) => (a.key ?? '').localeCompare(b.key ?? ''))
        .map((flag) => (
          <FeatureFlagEditor key={flag.key} flagKey={flag.key ?? ''} flag={flag} />
        ))}
    </div>
  );
}
