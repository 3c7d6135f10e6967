import { describe, expect, it } from 'vitest';
import { isStaff, rolesFromAccessToken } from './roles';
import { fakeJwt } from '../../test/utils';

describe('roles', () => {
  it('reads realm roles from a Keycloak access token, including non-ASCII claims', () => {
    const token = fakeJwt({ name: 'Trần Thị Bình', realm_access: { roles: ['ward', 'default-roles-doithoai'] } });
    expect(rolesFromAccessToken(token)).toEqual(['ward', 'default-roles-doithoai']);
  });

  it('gives no roles for garbage or missing claims', () => {
    expect(rolesFromAccessToken('not-a-jwt')).toEqual([]);
    expect(rolesFromAccessToken(fakeJwt({ sub: 'x' }))).toEqual([]);
    expect(rolesFromAccessToken(null)).toEqual([]);
  });

  it('treats every role but citizen as staff', () => {
    expect(isStaff(['citizen'])).toBe(false);
    expect(isStaff([])).toBe(false);
    expect(isStaff(['citizen', 'unit'])).toBe(true);
    expect(isStaff(['admin'])).toBe(true);
  });
});
