import { Spin } from 'antd';

/** Shown while a page's code or the signed-in person loads. */
export function FullPageSpin() {
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: '60vh' }}>
      <Spin size="large" />
    </div>
  );
}
