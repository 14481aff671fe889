// Give a task to units: pick them, take whole groups ("UBND các xã, phường"), or paste a list of
// names as a directive prints it. Names that match no unit are shown, never dropped.
import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Radio,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { UnitGroupCode } from '../../../shared/units';
import { ApiError } from '../../api/client';
import { type AssignResult, type Task, useAssign } from '../../api/tracking';
import { useUnitGroups } from '../../api/units';
import { UnitSelect } from '../../components/UnitSelect';
import { DATE_FORMAT, formatNumber, toApiDate } from '../../lib/format';

type Mode = 'units' | 'groups' | 'names';

export function AssignDialog({ task, open, onClose }: { task: Task; open: boolean; onClose(): void }) {
  const [mode, setMode] = useState<Mode>('names');
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [groups, setGroups] = useState<UnitGroupCode[]>([]);
  const [namesText, setNamesText] = useState('');
  const [role, setRole] = useState<'lead' | 'coordinator'>('lead');
  const [dueOn, setDueOn] = useState<dayjs.Dayjs | null>(task.dueOn ? dayjs(task.dueOn) : null);
  const [until, setUntil] = useState<dayjs.Dayjs | null>(null);
  const [result, setResult] = useState<AssignResult | null>(null);
  const groupsQ = useUnitGroups();
  const assign = useAssign();
  const { message } = App.useApp();
  const recurring = Boolean(task.recurrence);

  const reset = () => {
    setUnitIds([]);
    setGroups([]);
    setNamesText('');
    setResult(null);
  };
  const close = () => {
    reset();
    onClose();
  };
  const ready =
    mode === 'units'
      ? unitIds.length > 0
      : mode === 'groups'
        ? groups.length > 0
        : namesText.trim().length > 0;

  async function submit() {
    try {
      const r = await assign.mutateAsync({
        taskId: task.id,
        role,
        ...(mode === 'units' ? { unitIds } : mode === 'groups' ? { groups } : { namesText }),
        ...(recurring ? { until: toApiDate(until) } : { dueOn: toApiDate(dueOn) ?? null }),
      });
      if (!r.unmatched.length && !r.skipped.length) {
        message.success(`Đã giao cho ${formatNumber(r.created.length)} đơn vị.`);
        close();
      } else setResult(r);
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : 'Không giao được nhiệm vụ.');
    }
  }

  return (
    <Modal
      open={open}
      onCancel={close}
      width={720}
      title="Giao nhiệm vụ cho đơn vị"
      footer={
        result ? (
          <Button type="primary" onClick={close}>
            Đóng
          </Button>
        ) : (
          <Flex justify="end" gap={8}>
            <Button onClick={close}>Hủy</Button>
            <Button
              type="primary"
              disabled={!ready}
              loading={assign.isPending}
              onClick={submit}
              data-testid="assign-submit"
            >
              Giao việc
            </Button>
          </Flex>
        )
      }
    >
      {result ? (
        <div data-testid="assign-result">
          <Alert
            type="success"
            showIcon
            title={`Đã giao cho ${formatNumber(result.created.length)} đơn vị.`}
            style={{ marginBottom: 12 }}
          />
          {result.unmatched.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={`${formatNumber(result.unmatched.length)} tên không khớp đơn vị nào trong danh mục (chưa giao):`}
              description={
                <Flex wrap gap={4} data-testid="unmatched">
                  {result.unmatched.map((n) => (
                    <Tag key={n} color="orange">
                      {n}
                    </Tag>
                  ))}
                </Flex>
              }
            />
          )}
          {result.skipped.length > 0 && (
            <Alert
              type="info"
              showIcon
              title={`${formatNumber(result.skipped.length)} đơn vị đã được giao nhiệm vụ này từ trước: ${result.skipped
                .slice(0, 8)
                .map((s) => s.unitName)
                .join('; ')}${result.skipped.length > 8 ? '…' : ''}`}
            />
          )}
        </div>
      ) : (
        <>
          <Tabs
            activeKey={mode}
            onChange={(k) => setMode(k as Mode)}
            items={[
              {
                key: 'names',
                label: 'Dán danh sách tên',
                children: (
                  <>
                    <Input.TextArea
                      value={namesText}
                      onChange={(e) => setNamesText(e.target.value)}
                      autoSize={{ minRows: 6, maxRows: 14 }}
                      placeholder="Phường Quy Nhơn Tây; Phường Quy Nhơn Bắc; Xã Nhơn Châu; …"
                      aria-label="Danh sách tên đơn vị"
                    />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      Dán nguyên văn từ văn bản: xuống dòng giữa tên, thiếu hoặc thừa chữ "Xã/Phường", có dấu
                      hay không dấu đều được.
                    </Typography.Text>
                  </>
                ),
              },
              {
                key: 'units',
                label: 'Chọn đơn vị',
                children: (
                  <UnitSelect
                    mode="multiple"
                    value={unitIds}
                    onChange={(v) => setUnitIds(v as string[])}
                    style={{ width: '100%' }}
                  />
                ),
              },
              {
                key: 'groups',
                label: 'Theo nhóm',
                children: (
                  <Checkbox.Group
                    value={groups}
                    onChange={(v) => setGroups(v as UnitGroupCode[])}
                    options={(groupsQ.data ?? []).map((g) => ({
                      value: g.code,
                      label: `${g.label.charAt(0).toUpperCase()}${g.label.slice(1)} (${formatNumber(g.count)})`,
                    }))}
                    style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
                  />
                ),
              },
            ]}
          />
          <Form layout="vertical" style={{ marginTop: 12 }}>
            <Form.Item label="Vai trò">
              <Radio.Group
                value={role}
                onChange={(e) => setRole(e.target.value)}
                options={[
                  { value: 'lead', label: 'Chủ trì' },
                  { value: 'coordinator', label: 'Phối hợp' },
                ]}
              />
            </Form.Item>
            {recurring ? (
              <Form.Item
                label="Tạo các kỳ đến hạn đến ngày"
                extra={`${task.recurrenceLabel}. Mặc định: đến hết năm nay.`}
              >
                <DatePicker
                  value={until}
                  onChange={setUntil}
                  format={DATE_FORMAT}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            ) : (
              <Form.Item label="Thời hạn của đơn vị">
                <DatePicker
                  value={dueOn}
                  onChange={setDueOn}
                  format={DATE_FORMAT}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            )}
          </Form>
        </>
      )}
    </Modal>
  );
}
