// One drafted task: its wording, deadline and the units (and unit groups) it is given to, each
// removable, more addable from the directory.
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Flex, Input, Row, Select, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Span } from '../../../shared/intake/types';
import { recurrenceLabel } from '../../../shared/recurrence';
import { type UnitGroupCode, unitGroupCodes, unitGroups } from '../../../shared/units';
import { UnitSelect } from '../../components/UnitSelect';
import { API_DATE_FORMAT, DATE_FORMAT } from '../../lib/format';
import type { DraftTask } from './draft';
import { Locate, type OnLocate } from './Locate';

export interface TaskCardContext {
  unitName: (id: string) => string;
  groupCount: (code: UnitGroupCode) => number | undefined;
  unitSpans: Map<string, Span[]>;
  groupSpans: Map<UnitGroupCode, Span[]>;
  onLocate: OnLocate;
}

export function TaskCard({
  task,
  index,
  ctx,
  onChange,
  onRemove,
}: {
  task: DraftTask;
  index: number;
  ctx: TaskCardContext;
  onChange: (patch: Partial<DraftTask>) => void;
  onRemove: () => void;
}) {
  const locate = (spans: Span[] | undefined) => () => spans?.length && ctx.onLocate(spans);
  const total = task.unitIds.length + task.groups.reduce((n, g) => n + (ctx.groupCount(g) ?? 0), 0);
  return (
    <Card
      size="small"
      data-testid="intake-task"
      title={
        <span>
          Nhiệm vụ {index + 1}
          {task.label && task.label !== String(index + 1) && (
            <Typography.Text type="secondary"> (mục {task.label})</Typography.Text>
          )}{' '}
          <Locate spans={[task.span]} onLocate={ctx.onLocate} label={`nhiệm vụ ${index + 1}`} />
        </span>
      }
      extra={
        <Button danger size="small" icon={<DeleteOutlined />} onClick={onRemove}>
          Bỏ
        </Button>
      }
    >
      <Flex vertical gap={8}>
        <Input.TextArea
          aria-label={`Nội dung nhiệm vụ ${index + 1}`}
          autoSize={{ minRows: 2, maxRows: 8 }}
          value={task.title}
          onFocus={() => task.span && ctx.onLocate([task.span])}
          onChange={(e) => onChange({ title: e.target.value })}
          placeholder="Nội dung nhiệm vụ"
        />
        <Row gutter={8} align="middle">
          <Col flex="none">Thời hạn:</Col>
          <Col flex="auto">
            <DatePicker
              aria-label={`Thời hạn nhiệm vụ ${index + 1}`}
              format={DATE_FORMAT}
              value={task.dueOn ? dayjs(task.dueOn) : null}
              onChange={(d) => onChange({ dueOn: d ? d.format(API_DATE_FORMAT) : null })}
              placeholder="Không có"
            />{' '}
            {task.deadlineText && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                «{task.deadlineText}»
              </Typography.Text>
            )}
          </Col>
        </Row>
        {task.recurrence && (
          <div data-testid="intake-task-recurrence">
            <Typography.Text type="secondary">Định kỳ: </Typography.Text>
            <Tag
              color="purple"
              closable
              onClose={() => onChange({ recurrence: null })}
              title="Giao cho đơn vị theo từng kỳ đến hết năm"
            >
              {recurrenceLabel(task.recurrence)}
            </Tag>
          </div>
        )}
        <div>
          <Typography.Text type="secondary">Giao chủ trì ({total} đơn vị):</Typography.Text>
          <Flex
            wrap
            gap={4}
            style={{ maxHeight: 168, overflowY: 'auto', marginTop: 4 }}
            data-testid="intake-task-units"
          >
            {task.groups.map((g) => (
              <Tag
                key={g}
                color="cyan"
                closable
                onClick={locate(ctx.groupSpans.get(g))}
                onClose={() => onChange({ groups: task.groups.filter((x) => x !== g) })}
              >
                {unitGroups[g].label} ({ctx.groupCount(g) ?? '…'} đơn vị)
              </Tag>
            ))}
            {task.unitIds.map((id) => (
              <Tag
                key={id}
                color="green"
                closable
                style={{ cursor: ctx.unitSpans.get(id) ? 'pointer' : undefined }}
                onClick={locate(ctx.unitSpans.get(id))}
                onClose={() => onChange({ unitIds: task.unitIds.filter((x) => x !== id) })}
              >
                {ctx.unitName(id)}
              </Tag>
            ))}
            {task.unmatched.map((name) => (
              <Tooltip key={name} title="Không khớp đơn vị nào trong danh mục: không được giao khi lưu">
                <Tag color="warning">{name}</Tag>
              </Tooltip>
            ))}
          </Flex>
        </div>
        {task.coordinatorUnitIds.length > 0 && (
          <div>
            <Typography.Text type="secondary">
              Phối hợp ({task.coordinatorUnitIds.length} đơn vị):
            </Typography.Text>
            <Flex wrap gap={4} style={{ marginTop: 4 }} data-testid="intake-task-partners">
              {task.coordinatorUnitIds.map((id) => (
                <Tag
                  key={id}
                  color="blue"
                  closable
                  style={{ cursor: ctx.unitSpans.get(id) ? 'pointer' : undefined }}
                  onClick={locate(ctx.unitSpans.get(id))}
                  onClose={() =>
                    onChange({ coordinatorUnitIds: task.coordinatorUnitIds.filter((x) => x !== id) })
                  }
                >
                  {ctx.unitName(id)}
                </Tag>
              ))}
            </Flex>
          </div>
        )}
        <Row gutter={[8, 8]}>
          <Col xs={24} md={14}>
            <UnitSelect
              aria-label={`Thêm đơn vị cho nhiệm vụ ${index + 1}`}
              placeholder="Thêm đơn vị…"
              value={null as unknown as string}
              style={{ width: '100%' }}
              onChange={(id) => {
                if (typeof id === 'string' && !task.unitIds.includes(id))
                  onChange({ unitIds: [...task.unitIds, id] });
              }}
            />
          </Col>
          <Col xs={24} md={10}>
            <Select<UnitGroupCode>
              aria-label={`Thêm nhóm đơn vị cho nhiệm vụ ${index + 1}`}
              placeholder="Thêm nhóm đơn vị…"
              value={null as unknown as UnitGroupCode}
              style={{ width: '100%' }}
              options={unitGroupCodes
                .filter((g) => !task.groups.includes(g))
                .map((g) => ({ value: g, label: `${unitGroups[g].label} (${ctx.groupCount(g) ?? '…'})` }))}
              onChange={(g) => onChange({ groups: [...task.groups, g] })}
            />
          </Col>
        </Row>
      </Flex>
    </Card>
  );
}
