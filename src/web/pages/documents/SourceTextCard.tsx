// The text a document was read from at intake, kept as received: folded by default, the whole
// text on opening (it scrolls inside the card rather than stretching the page).
import { Card, Collapse, Typography } from 'antd';
import { formatNumber } from '../../lib/format';

export function SourceTextCard({ text }: { text: string }) {
  return (
    <Card size="small" style={{ marginTop: 16 }} styles={{ body: { padding: 0 } }}>
      <Collapse
        ghost
        items={[
          {
            key: 'source',
            label: `Nội dung văn bản gốc (${formatNumber(text.length)} ký tự, như khi tiếp nhận)`,
            children: (
              <Typography.Paragraph
                data-testid="document-source-text"
                style={{
                  whiteSpace: 'pre-wrap',
                  overflowWrap: 'anywhere',
                  maxHeight: '60vh',
                  overflowY: 'auto',
                  margin: 0,
                  fontSize: 13,
                }}
              >
                {text}
              </Typography.Paragraph>
            ),
          },
        ]}
      />
    </Card>
  );
}
