// Document intake: paste or upload a directive, review its drafted records beside the source
// text (each value marked where it came from), correct them, then save everything in one step.
import { FileSearchOutlined, InboxOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Grid, Input, Row, Segmented, Typography, Upload } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Span } from '../../../shared/intake/types';
import type { UnitGroupCode } from '../../../shared/units';
import { ApiError } from '../../api/client';
import { type IntakeExtraction, useExtract, useSaveIntake } from '../../api/intake';
import { useAllUnits, useUnitGroups } from '../../api/units';
import { PageHeader } from '../../components/PageHeader';
import { CitationsCard } from './CitationsCard';
import { DocumentForm } from './DocumentForm';
import { type Draft, draftFrom, draftProblems, emptyTask, saveBodyOf } from './draft';
import { type Mark, markColors, SourceText } from './SourceText';
import { TaskCard, type TaskCardContext } from './TaskCard';

function marksOf(x: IntakeExtraction): Mark[] {
  const s = x.spans;
  const fields = [s.number, s.type, s.date, s.issuer, s.summary, s.signer, s.signingAuthority];
  return [
    ...x.tasks.map((t) => ({ kind: 'task' as const, span: t.span })),
    ...fields.filter((f): f is Span => !!f).map((span) => ({ kind: 'field' as const, span })),
    ...x.citedDocuments.map((c) => ({ kind: 'citation' as const, span: c.span })),
    ...x.deadlines.map((d) => ({ kind: 'deadline' as const, span: d.span })),
    ...x.assignedUnits.flatMap((u) => u.mentions.map((span) => ({ kind: 'unit' as const, span }))),
    ...s.assignedGroups.flatMap((g) => g.map((span) => ({ kind: 'group' as const, span }))),
  ];
}

const legend: [keyof typeof markColors, string][] = [
  ['field', 'Thông tin văn bản'],
  ['citation', 'Văn bản viện dẫn'],
  ['deadline', 'Thời hạn'],
  ['unit', 'Đơn vị'],
  ['group', 'Nhóm đơn vị'],
];

export default function IntakePage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [mode, setMode] = useState<'text' | 'file'>('text');
  const [text, setText] = useState('');
  const extract = useExtract();
  const save = useSaveIntake();
  const [extraction, setExtraction] = useState<IntakeExtraction | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [active, setActive] = useState<Span[]>([]);
  const units = useAllUnits();
  const screens = Grid.useBreakpoint();
  const groups = useUnitGroups();

  const read = (input: { text: string } | { file: File }) =>
    extract.mutate(input, {
      onSuccess: (x) => {
        setExtraction(x);
        setDraft(draftFrom(x));
        setActive([]);
        save.reset();
      },
    });

  const marks = useMemo(() => (extraction ? marksOf(extraction) : []), [extraction]);
  const ctx = useMemo<TaskCardContext | null>(() => {
    if (!extraction) return null;
    const names = new Map((units.data ?? []).map((u) => [u.id, u.name]));
    const unitSpans = new Map<string, Span[]>();
    for (const u of extraction.assignedUnits) {
      const id = u.unitCode ? extraction.links.unitIds[u.unitCode] : undefined;
      if (id) unitSpans.set(id, u.mentions);
    }
    const groupSpans = new Map<UnitGroupCode, Span[]>();
    extraction.links.groupCodes.forEach((code, i) => {
      if (code)
        groupSpans.set(code, [
          ...(groupSpans.get(code) ?? []),
          ...(extraction.spans.assignedGroups[i] ?? []),
        ]);
    });
    return {
      unitName: (id) => names.get(id) ?? '…',
      groupCount: (code) => groups.data?.find((g) => g.code === code)?.count,
      unitSpans,
      groupSpans,
      onLocate: setActive,
    };
  }, [extraction, units.data, groups.data]);

  const patch = (p: Partial<Draft>) => setDraft((d) => (d ? { ...d, ...p } : d));
  const problems = draft ? draftProblems(draft) : [];

  const onSave = () => {
    if (!draft) return;
    save.mutate(saveBodyOf(draft), {
      onSuccess: (r) => {
        message.success(
          `Đã lưu văn bản, ${r.taskIds.length} nhiệm vụ và ${r.assignmentCount} lượt giao việc.`,
        );
        navigate(`/van-ban/${r.documentId}`);
      },
    });
  };

  return (
    <>
      <PageHeader title="Tiếp nhận văn bản">
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          Dán nội dung hoặc tải lên văn bản chỉ đạo (.docx, .pdf có lớp chữ, .txt): hệ thống đọc số, ngày, văn
          bản viện dẫn, nhiệm vụ, đơn vị và thời hạn. Rà soát, sửa rồi bấm Lưu — chưa có gì được lưu trước đó.
        </Typography.Paragraph>
      </PageHeader>

      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex vertical gap={12}>
          <Segmented
            value={mode}
            onChange={(v) => setMode(v as 'text' | 'file')}
            options={[
              { value: 'text', label: 'Dán nội dung' },
              { value: 'file', label: 'Tải tệp lên' },
            ]}
          />
          {mode === 'text' ? (
            <>
              <Input.TextArea
                aria-label="Nội dung văn bản"
                placeholder="Dán toàn văn văn bản chỉ đạo vào đây…"
                autoSize={{ minRows: extraction ? 3 : 8, maxRows: extraction ? 4 : 16 }}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
              <div>
                <Button
                  type="primary"
                  icon={<FileSearchOutlined />}
                  loading={extract.isPending}
                  disabled={!text.trim()}
                  onClick={() => read({ text })}
                >
                  Đọc văn bản
                </Button>
              </div>
            </>
          ) : (
            <Upload.Dragger
              accept=".docx,.pdf,.txt"
              multiple={false}
              showUploadList={false}
              disabled={extract.isPending}
              beforeUpload={(file) => {
                read({ file });
                return false;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">
                {extract.isPending
                  ? 'Đang đọc văn bản…'
                  : 'Kéo thả hoặc bấm để chọn tệp .docx, .pdf, .txt (tối đa 10 MB)'}
              </p>
            </Upload.Dragger>
          )}
          {extract.error && <Alert type="error" showIcon title={extract.error.message} />}
        </Flex>
      </Card>

      {extraction && draft && ctx && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={11}>
            <Card
              size="small"
              title="Văn bản gốc"
              data-testid="intake-source-pane"
              styles={{ body: { maxHeight: screens.lg ? 'calc(100vh - 140px)' : '45vh', overflowY: 'auto' } }}
              style={screens.lg ? { position: 'sticky', top: 8 } : undefined}
            >
              <Flex wrap gap={6} style={{ fontSize: 12, marginBottom: 8 }}>
                {legend.map(([kind, label]) => (
                  <mark key={kind} style={{ background: markColors[kind], padding: '0 4px' }}>
                    {label}
                  </mark>
                ))}
              </Flex>
              <SourceText text={extraction.sourceText} marks={marks} active={active} />
            </Card>
          </Col>
          <Col xs={24} lg={13}>
            <Flex vertical gap={16}>
              <DocumentForm draft={draft} spans={extraction.spans} onChange={patch} onLocate={setActive} />
              <CitationsCard
                cited={draft.cited}
                onRemove={(key) => patch({ cited: draft.cited.filter((c) => c.key !== key) })}
                onLocate={setActive}
              />
              <Typography.Title level={5} style={{ margin: 0 }}>
                Nhiệm vụ ({draft.tasks.length})
              </Typography.Title>
              {draft.tasks.map((t, i) => (
                <TaskCard
                  key={t.key}
                  task={t}
                  index={i}
                  ctx={ctx}
                  onChange={(p) =>
                    patch({ tasks: draft.tasks.map((x) => (x.key === t.key ? { ...x, ...p } : x)) })
                  }
                  onRemove={() => patch({ tasks: draft.tasks.filter((x) => x.key !== t.key) })}
                />
              ))}
              <Button icon={<PlusOutlined />} onClick={() => patch({ tasks: [...draft.tasks, emptyTask()] })}>
                Thêm nhiệm vụ
              </Button>
              {problems.length > 0 && (
                <Alert
                  type="warning"
                  showIcon
                  title="Cần bổ sung trước khi lưu"
                  description={problems.join(' ')}
                />
              )}
              {save.error && <SaveError error={save.error} />}
              <Button
                type="primary"
                size="large"
                icon={<SaveOutlined />}
                disabled={problems.length > 0}
                loading={save.isPending}
                onClick={onSave}
              >
                Lưu
              </Button>
            </Flex>
          </Col>
        </Row>
      )}
    </>
  );
}

/** The save refusal; a number already registered links to that document when the user may open it. */
function SaveError({ error }: { error: Error }) {
  const existingId =
    error instanceof ApiError && error.code === 'DOCUMENT_NUMBER_TAKEN'
      ? (error.details as { existingId?: string } | undefined)?.existingId
      : undefined;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="intake-save-error"
      title={error.message}
      description={
        existingId ? (
          <Link to={`/van-ban/${existingId}`} target="_blank">
            Mở văn bản đã có trong hệ thống
          </Link>
        ) : undefined
      }
    />
  );
}
