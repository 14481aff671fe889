// User administration: find people, add them, change their role or unit, lock, reset passwords.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Grid, Input, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type Role, roleLabels } from '../../api/me';
import { type User, type UserQuery, useUsers } from '../../api/users';
import { FilterBar } from '../../components/FilterBar';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitSelect';
import { formatDate, formatNumber } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { useUrlParams } from '../../lib/use-url-params';
import { UserDrawer } from './UserDrawer';

export const roleColors: Record<Role, string> = {
  admin: 'purple',
  focal: 'red',
  leader: 'gold',
  officer: 'blue',
  head: 'cyan',
};

export default function UsersPage() {
  const screens = Grid.useBreakpoint();
  const { params, setParam } = useUrlParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim(), 300);
  const query: UserQuery = {
    q: q || undefined,
    role: (params.get('role') as Role) || undefined,
    unitId: params.get('unitId') || undefined,
    page: Number(params.get('page') ?? 1),
    pageSize: Number(params.get('pageSize') ?? 20),
  };
  const { data, isFetching, error } = useUsers(query);
  const openId = params.get('id');
  const creating = params.get('them') === '1';

  return (
    <>
      <PageHeader
        title="Người dùng"
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setParam({ them: '1', id: undefined })}
          >
            Thêm người dùng
          </Button>
        }
      />
      <Card styles={{ body: { padding: 12 } }}>
        <FilterBar
          search={
            <Input.Search
              allowClear
              placeholder="Tìm theo tên đăng nhập, họ tên"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                setParam({ q: e.target.value || undefined, page: undefined });
              }}
              style={{ width: '100%' }}
              aria-label="Tìm người dùng"
            />
          }
        >
          <Select
            allowClear
            placeholder="Vai trò"
            value={query.role}
            onChange={(v) => setParam({ role: v, page: undefined })}
            options={(Object.keys(roleLabels) as Role[]).map((r) => ({ value: r, label: roleLabels[r] }))}
            style={{ width: '100%' }}
          />
          <UnitSelect
            allowClear
            includeInactive
            value={query.unitId}
            onChange={(v) => setParam({ unitId: (v as string | undefined) || undefined, page: undefined })}
            style={{ width: '100%' }}
          />
        </FilterBar>
        {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
        <Table<User>
          rowKey="id"
          size="middle"
          loading={isFetching}
          dataSource={data?.items}
          scroll={{ x: 'max-content' }}
          onRow={(u) => ({
            onClick: () => setParam({ id: u.id, them: undefined }),
            style: { cursor: 'pointer' },
          })}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => `${formatNumber(total)} người dùng`,
            onChange: (page, pageSize) =>
              setParam({
                page: page > 1 ? String(page) : undefined,
                pageSize: pageSize !== 20 ? String(pageSize) : undefined,
              }),
          }}
          columns={[
            { title: 'Tên đăng nhập', dataIndex: 'username', responsive: ['sm'] },
            {
              title: 'Họ và tên',
              dataIndex: 'fullName',
              render: (name: string, u) => (
                <span>
                  {name}
                  {(screens.sm ? u.email : u.username) && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {screens.sm ? u.email : u.username}
                    </Typography.Text>
                  )}
                  {!screens.sm && (
                    <span style={{ display: 'block', marginTop: 4 }}>
                      <Tag color={roleColors[u.role]}>{roleLabels[u.role]}</Tag>
                      {!u.active && <Tag>Đã khóa</Tag>}
                    </span>
                  )}
                </span>
              ),
            },
            {
              title: 'Vai trò',
              dataIndex: 'role',
              responsive: ['sm'],
              render: (r: Role) => <Tag color={roleColors[r]}>{roleLabels[r]}</Tag>,
            },
            { title: 'Đơn vị', dataIndex: 'unitName', responsive: ['md'], render: (v) => v ?? '—' },
            {
              title: 'Trạng thái',
              dataIndex: 'active',
              responsive: ['sm'],
              render: (a: boolean) =>
                a ? <Tag color="green">Đang hoạt động</Tag> : <Tag color="default">Đã khóa</Tag>,
            },
            {
              title: 'Ngày tạo',
              dataIndex: 'createdAt',
              responsive: ['lg'],
              render: (v: string) => formatDate(v),
            },
          ]}
        />
      </Card>
      <UserDrawer
        userId={openId}
        creating={creating}
        onClose={() => setParam({ id: undefined, them: undefined })}
        onCreated={(id) => setParam({ id, them: undefined })}
      />
    </>
  );
}
