// The sub-pages of the commitments capability, as tabs-like links.
import { Segmented } from 'antd';
import { useLocation, useNavigate } from 'react-router';

const items = [
  { value: '/cam-ket', label: 'Sổ theo dõi' },
  { value: '/cam-ket-uu-tien', label: 'Thứ tự ưu tiên' },
  { value: '/cam-ket-quoc-gia', label: 'Theo quốc gia, nguồn lực' },
  { value: '/hoat-dong-doi-ngoai', label: 'Hoạt động đối ngoại' },
];

export function CommitmentsNav() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <div style={{ overflowX: 'auto', marginBottom: 16 }}>
      <Segmented
        options={items}
        value={items.find((i) => pathname === i.value || pathname.startsWith(`${i.value}/`))?.value}
        onChange={(v) => navigate(v)}
      />
    </div>
  );
}
