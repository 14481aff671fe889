// Small pieces shown wherever assignments and tasks appear: status, where the product stands,
// the "6 rõ" elements.
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Flex, Progress, Tag, Tooltip, Typography } from 'antd';
import { type ClarityElement, clarityElements, clarityHints, clarityLabels } from '../../../shared/clarity';
import { type AssignmentStatus, isDone, isOverdue, statusColors, statusLabels } from '../../../shared/status';
import {
  type WorkflowCode,
  workflowColors,
  workflowLabels,
  workflowShortLabels,
} from '../../../shared/workflow';

export function StatusTag({ status }: { status: AssignmentStatus }) {
  return (
    <Tag color={statusColors[status]} data-testid="status-tag">
      {statusLabels[status]}
    </Tag>
  );
}

/**
 * The unit's progress as a bar that turns green only when the work is done (the product
 * accepted): a product sent at 100 % and still waiting for the head or Sở Ngoại vụ stays blue.
 */
export function AssignmentProgress({
  progress,
  status,
  width = 110,
}: {
  progress: number;
  status: AssignmentStatus;
  width?: number | string;
}) {
  return (
    <Progress
      percent={progress}
      size="small"
      status={isDone(status) ? 'success' : isOverdue(status) ? 'exception' : 'normal'}
      format={(p) => `${p} %`}
      style={{ width, maxWidth: '100%', margin: 0 }}
      data-testid="assignment-progress"
      data-done={isDone(status) ? 'true' : 'false'}
      aria-label={`Tiến độ ${progress} %: ${statusLabels[status]}`}
    />
  );
}

export function WorkflowTag({ workflow, long }: { workflow: WorkflowCode; long?: boolean }) {
  return (
    <Tooltip title={workflowLabels[workflow]}>
      <Tag color={workflowColors[workflow]}>
        {long ? workflowLabels[workflow] : workflowShortLabels[workflow]}
      </Tag>
    </Tooltip>
  );
}

/** The six elements: met ones in green, missing ones in red with what to fill in. */
export function ClarityList({ missing }: { missing: ClarityElement[] }) {
  return (
    <Flex wrap gap={6} data-testid="clarity">
      {clarityElements.map((e) => {
        const lacks = missing.includes(e);
        return (
          <Tooltip key={e} title={lacks ? `Còn thiếu: ${clarityHints[e]}` : clarityHints[e]}>
            <Tag
              color={lacks ? 'error' : 'success'}
              icon={lacks ? <CloseCircleFilled /> : <CheckCircleFilled />}
              data-missing={lacks ? e : undefined}
            >
              {clarityLabels[e]}
            </Tag>
          </Tooltip>
        );
      })}
    </Flex>
  );
}

/** A compact mark for lists: "Đủ 6 rõ" or "Thiếu 2/6". */
export function ClarityBadge({ missing }: { missing: ClarityElement[] }) {
  if (!missing.length) return <Tag color="success">Đủ 6 rõ</Tag>;
  return (
    <Tooltip title={`Còn thiếu: ${missing.map((m) => clarityLabels[m]).join(', ')}`}>
      <Tag color="error">Thiếu {missing.length}/6 rõ</Tag>
    </Tooltip>
  );
}

export function Muted({ children }: { children: React.ReactNode }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {children}
    </Typography.Text>
  );
}
