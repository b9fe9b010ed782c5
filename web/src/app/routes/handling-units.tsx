import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Page } from '@/components/ui/page';
import { CreateHandlingUnit } from '@/features/handling-units/components/create-handling-unit';
import { HandlingUnitDetail } from '@/features/handling-units/components/handling-unit-detail';
import { HandlingUnitsList } from '@/features/handling-units/components/handling-units-list';
import { MergeHandlingUnits } from '@/features/handling-units/components/merge-handling-units';
import { PackHandlingUnit } from '@/features/handling-units/components/pack-handling-unit';
import { PutAway } from '@/features/handling-units/components/put-away';
import { SplitHandlingUnit } from '@/features/handling-units/components/split-handling-unit';
import { HandlingUnitLabels } from '@/features/labels/components/handling-unit-labels';
import { ReceiptAlerts } from '@/features/receiving/components/receipt-alerts';
import { ReceiveGoods } from '@/features/receiving/components/receive-goods';
import { hasAnyRole, PRINT_QUEUE_ROLES } from '@/lib/authorization';
import { useSignedInUser } from '../guards';
import { handlingUnitPath, paths } from '../paths';

type TaskKey = 'receive' | 'putAway' | 'detail' | 'split' | 'merge' | 'create' | 'pack';

const TASKS: readonly { key: TaskKey; to: string }[] = [
  { key: 'receive', to: paths.receiveGoods },
  { key: 'putAway', to: paths.putAway },
  { key: 'detail', to: paths.handlingUnitDetail },
  { key: 'create', to: paths.createHandlingUnit },
  { key: 'pack', to: paths.packHandlingUnit },
  { key: 'split', to: paths.splitHandlingUnit },
  { key: 'merge', to: paths.mergeHandlingUnits },
];

/** The operator's handling-unit tasks: one big button each. */
export function HandlingUnitTasksRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('hu.tasks.title')}>
      <ul className="task-menu" aria-label={t('hu.tasks.title')}>
        {TASKS.map((task) => (
          <li key={task.key}>
            <Link className="button button--large task-menu__link" to={task.to}>
              {t(`hu.tasks.${task.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}

/** One task on its own screen, with the way back to the task list. */
function TaskPage({ task, children }: { task: TaskKey; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Page
      title={t(`hu.tasks.${task}`)}
      actions={
        <Link className="button" to={paths.handlingUnitTasks}>
          {t('hu.tasks.back')}
        </Link>
      }
    >
      {children}
    </Page>
  );
}

export function PutAwayRoute() {
  return (
    <TaskPage task="putAway">
      <PutAway />
    </TaskPage>
  );
}

export function HandlingUnitDetailRoute() {
  const { lpn = '' } = useParams();
  const navigate = useNavigate();
  const user = useSignedInUser();
  const canManageLabels = hasAnyRole(user.roles, PRINT_QUEUE_ROLES);
  return (
    <TaskPage task="detail">
      <HandlingUnitDetail
        lpn={lpn}
        onOpen={(next) => void navigate(handlingUnitPath(next))}
        extras={(unit) => <HandlingUnitLabels handlingUnitId={unit.id ?? ''} canManage={canManageLabels} />}
      />
    </TaskPage>
  );
}

export function SplitHandlingUnitRoute() {
  return (
    <TaskPage task="split">
      <SplitHandlingUnit />
    </TaskPage>
  );
}

export function MergeHandlingUnitsRoute() {
  return (
    <TaskPage task="merge">
      <MergeHandlingUnits />
    </TaskPage>
  );
}

export function CreateHandlingUnitRoute() {
  return (
    <TaskPage task="create">
      <CreateHandlingUnit />
    </TaskPage>
  );
}

export function PackHandlingUnitRoute() {
  return (
    <TaskPage task="pack">
      <PackHandlingUnit />
    </TaskPage>
  );
}

/** The manager's view of handling units by bin, item and status. */
export function HandlingUnitsRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('hu.list.title')}>
      <HandlingUnitsList detailHref={handlingUnitPath} />
    </Page>
  );
}

export function ReceiveGoodsRoute() {
  return (
    <TaskPage task="receive">
      <ReceiveGoods />
    </TaskPage>
  );
}

/** Managers: receipts stuck or failed, to resume or reverse. */
export function ReceiptAlertsRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('receiving.alerts.title')}>
      <ReceiptAlerts />
    </Page>
  );
}
