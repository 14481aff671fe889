// The dashboard's print layout, shared by the unit's scorecard page.
// A4 portrait: the menu, header and buttons go; cards keep whole on a page.
export const PRINT_CSS = `
@page { size: A4 portrait; margin: 12mm; }
@media print {
  body { background: #fff !important; }
  .ant-layout-sider, .ant-layout-header, .no-print, .ant-pagination { display: none !important; }
  .ant-layout, .ant-layout-content { margin: 0 !important; padding: 0 !important; background: #fff !important; }
  .print-card, .print-figure .ant-card { break-inside: avoid; page-break-inside: avoid; box-shadow: none !important; }
  .print-only { display: block !important; }
  .dashboard-grid > .ant-col { width: 100% !important; max-width: 100% !important; flex: 0 0 100% !important; }
  .print-figure { width: 33.33% !important; max-width: 33.33% !important; flex: 0 0 33.33% !important; }
  a { color: inherit !important; text-decoration: none !important; }
  .print-card { overflow: hidden; }
  .chart-box { height: auto !important; }
  .chart-box canvas { max-width: 100% !important; height: auto !important; }
  .ant-table-content { overflow: visible !important; }
  .ant-table-content > table { min-width: 0 !important; width: 100% !important; }
}
.print-only { display: none; }
`;
