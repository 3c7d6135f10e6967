-- The org tree as it stands since 1 July 2025, when Vietnam gave up the district level and merged provinces and
-- communes (Resolutions 202/2025/QH15 and 1680/NQ-UBTVQH15): Quảng Bình and Quảng Trị became the one province of
-- Quảng Trị, and the 16 wards and communes of the town of Ba Đồn became four:
--   Phường Ba Đồn     ← phường Ba Đồn, Quảng Long, Quảng Phong, xã Quảng Hải
--   Phường Bắc Gianh  ← phường Quảng Phúc, Quảng Thọ, Quảng Thuận
--   Xã Nam Gianh      ← xã Quảng Hòa, Quảng Lộc, Quảng Văn, Quảng Minh
--   Xã Nam Ba Đồn     ← xã Quảng Tân, Quảng Trung, Quảng Tiên, Quảng Sơn, Quảng Thủy
-- The town, its Party committee and People's Committee are history: their records stay and their successors carry
-- them on (the 2022 dialogue, plan 61-KH/ThU, belongs to the Party committee of the ward of Ba Đồn). The bodies that
-- hold dialogues (body = TRUE) are the province's and each ward's and commune's Party committee and People's Committee.
-- Villages and residential groups are illustrative, as in 001. Applied once, after 001, whether plans exist yet or not.

-- The province.
INSERT INTO org_unit (code, kind, body, name, parent_id, sort_order, version, created_at, updated_at)
VALUES ('quang-tri', 'PROVINCE', FALSE, 'Tỉnh Quảng Trị', NULL, 0, 0, NOW(6), NOW(6));
INSERT INTO org_unit (code, kind, body, name, parent_id, sort_order, version, created_at, updated_at)
SELECT 'tinh-uy-quang-tri', 'PARTY_COMMITTEE', TRUE, 'Tỉnh ủy Quảng Trị', id, 1, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'quang-tri';
INSERT INTO org_unit (code, kind, body, name, parent_id, sort_order, version, created_at, updated_at)
SELECT 'ubnd-tinh-quang-tri', 'PEOPLES_COMMITTEE', TRUE, 'Ủy ban nhân dân tỉnh Quảng Trị', id, 2, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'quang-tri';
INSERT INTO org_unit (code, kind, body, name, parent_id, sort_order, version, created_at, updated_at)
SELECT 'vp-tinh-uy-quang-tri', 'PARTY_OFFICE', FALSE, 'Văn phòng Tỉnh ủy Quảng Trị', id, 10, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'tinh-uy-quang-tri';
INSERT INTO org_unit (code, kind, body, name, parent_id, sort_order, version, created_at, updated_at)
SELECT 'ban-dan-van-tinh-uy-quang-tri', 'PARTY_BOARD', FALSE, 'Ban Dân vận Tỉnh ủy Quảng Trị', id, 20, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'tinh-uy-quang-tri';
-- The province's departments answer for any body of the province: shared (no owner body).
INSERT INTO org_unit (code, kind, body, name, parent_id, sort_order, version, created_at, updated_at)
SELECT 'so-nong-nghiep-moi-truong', 'DEPARTMENT', FALSE, 'Sở Nông nghiệp và Môi trường tỉnh Quảng Trị', id, 10, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'ubnd-tinh-quang-tri';
INSERT INTO org_unit (code, kind, body, name, parent_id, sort_order, version, created_at, updated_at)
SELECT 'so-xay-dung', 'DEPARTMENT', FALSE, 'Sở Xây dựng tỉnh Quảng Trị', id, 20, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'ubnd-tinh-quang-tri';
UPDATE org_unit b JOIN org_unit p ON p.code = 'tinh-uy-quang-tri'
SET b.owner_body_id = p.id WHERE b.code IN ('tinh-uy-quang-tri', 'vp-tinh-uy-quang-tri', 'ban-dan-van-tinh-uy-quang-tri');
UPDATE org_unit b SET b.owner_body_id = b.id WHERE b.code = 'ubnd-tinh-quang-tri';

-- The town of Ba Đồn: under its province, history since 1 July 2025.
UPDATE org_unit t JOIN org_unit p ON p.code = 'quang-tri' SET t.parent_id = p.id, t.retired_on = '2025-07-01' WHERE t.code = 'ba-don';
UPDATE org_unit SET body = TRUE, retired_on = '2025-07-01' WHERE code IN ('thi-uy', 'ubnd');

-- The wards and communes of today, under the province. Phường Ba Đồn keeps its code: the new ward took its name.
UPDATE org_unit w JOIN org_unit p ON p.code = 'quang-tri' SET w.parent_id = p.id, w.name = 'Phường Ba Đồn' WHERE w.code = 'phuong-ba-don';
INSERT INTO org_unit (code, kind, body, name, parent_id, sort_order, version, created_at, updated_at)
SELECT 'phuong-bac-gianh', 'WARD', FALSE, 'Phường Bắc Gianh', id, 110, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'quang-tri';
INSERT INTO org_unit (code, kind, body, name, parent_id, sort_order, version, created_at, updated_at)
SELECT 'xa-nam-gianh', 'COMMUNE', FALSE, 'Xã Nam Gianh', id, 120, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'quang-tri';
INSERT INTO org_unit (code, kind, body, name, parent_id, sort_order, version, created_at, updated_at)
SELECT 'xa-nam-ba-don', 'COMMUNE', FALSE, 'Xã Nam Ba Đồn', id, 130, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'quang-tri';

-- Each one's Party committee and People's Committee hold its dialogues.
UPDATE org_unit SET body = TRUE WHERE code IN ('dang-uy-phuong-ba-don', 'ubnd-phuong-ba-don');
INSERT INTO org_unit (code, kind, body, name, parent_id, sort_order, version, created_at, updated_at)
SELECT 'dang-uy-phuong-bac-gianh', 'PARTY_COMMITTEE', TRUE, 'Đảng ủy phường Bắc Gianh', id, 1, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'phuong-bac-gianh';
INSERT INTO org_unit (code, kind, body, name, parent_id, sort_order, version, created_at, updated_at)
SELECT 'ubnd-phuong-bac-gianh', 'PEOPLES_COMMITTEE', TRUE, 'Ủy ban nhân dân phường Bắc Gianh', id, 2, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'phuong-bac-gianh';
INSERT INTO org_unit (code, kind, body, name, parent_id, sort_order, version, created_at, updated_at)
SELECT 'dang-uy-xa-nam-gianh', 'PARTY_COMMITTEE', TRUE, 'Đảng ủy xã Nam Gianh', id, 1, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'xa-nam-gianh';
INSERT INTO org_unit (code, kind, body, name, parent_id, sort_order, version, created_at, updated_at)
SELECT 'ubnd-xa-nam-gianh', 'PEOPLES_COMMITTEE', TRUE, 'Ủy ban nhân dân xã Nam Gianh', id, 2, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'xa-nam-gianh';
INSERT INTO org_unit (code, kind, body, name, parent_id, sort_order, version, created_at, updated_at)
SELECT 'dang-uy-xa-nam-ba-don', 'PARTY_COMMITTEE', TRUE, 'Đảng ủy xã Nam Ba Đồn', id, 1, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'xa-nam-ba-don';
INSERT INTO org_unit (code, kind, body, name, parent_id, sort_order, version, created_at, updated_at)
SELECT 'ubnd-xa-nam-ba-don', 'PEOPLES_COMMITTEE', TRUE, 'Ủy ban nhân dân xã Nam Ba Đồn', id, 2, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'xa-nam-ba-don';

-- Phường Bắc Gianh's office, its department, its Front and its residential groups.
INSERT INTO org_unit (code, kind, body, name, parent_id, sort_order, version, created_at, updated_at)
SELECT 'vp-dang-uy-phuong-bac-gianh', 'PARTY_OFFICE', FALSE, 'Văn phòng Đảng ủy phường Bắc Gianh', id, 10, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'dang-uy-phuong-bac-gianh';
INSERT INTO org_unit (code, kind, body, name, parent_id, sort_order, version, created_at, updated_at)
SELECT 'phong-kinh-te-phuong-bac-gianh', 'DEPARTMENT', FALSE, 'Phòng Kinh tế, Hạ tầng và Đô thị phường Bắc Gianh', id, 10, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'ubnd-phuong-bac-gianh';
INSERT INTO org_unit (code, kind, body, name, parent_id, sort_order, version, created_at, updated_at)
SELECT 'mttq-phuong-bac-gianh', 'FATHERLAND_FRONT', FALSE, 'Ủy ban MTTQ Việt Nam phường Bắc Gianh', id, 3, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'phuong-bac-gianh';
INSERT INTO org_unit (code, kind, body, name, parent_id, sort_order, version, created_at, updated_at)
SELECT 'phuong-bac-gianh-tdp-1', 'RESIDENTIAL_GROUP', FALSE, 'Tổ dân phố 1', id, 10, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'phuong-bac-gianh';
INSERT INTO org_unit (code, kind, body, name, parent_id, sort_order, version, created_at, updated_at)
SELECT 'phuong-bac-gianh-tdp-2', 'RESIDENTIAL_GROUP', FALSE, 'Tổ dân phố 2', id, 20, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'phuong-bac-gianh';

-- The old wards and communes: history, each pointing to the ward or commune it became part of.
UPDATE org_unit o JOIN org_unit n ON n.code = 'phuong-ba-don' SET o.retired_on = '2025-07-01', o.successor_id = n.id
WHERE o.code IN ('phuong-quang-long', 'phuong-quang-phong', 'xa-quang-hai');
UPDATE org_unit o JOIN org_unit n ON n.code = 'phuong-bac-gianh' SET o.retired_on = '2025-07-01', o.successor_id = n.id
WHERE o.code IN ('phuong-quang-phuc', 'phuong-quang-tho', 'phuong-quang-thuan');
UPDATE org_unit o JOIN org_unit n ON n.code = 'xa-nam-gianh' SET o.retired_on = '2025-07-01', o.successor_id = n.id
WHERE o.code IN ('xa-quang-hoa', 'xa-quang-loc', 'xa-quang-van', 'xa-quang-minh');
UPDATE org_unit o JOIN org_unit n ON n.code = 'xa-nam-ba-don' SET o.retired_on = '2025-07-01', o.successor_id = n.id
WHERE o.code IN ('xa-quang-tan', 'xa-quang-trung', 'xa-quang-tien', 'xa-quang-son', 'xa-quang-thuy');
UPDATE org_unit o JOIN org_unit n ON n.code = 'phuong-ba-don' SET o.successor_id = n.id WHERE o.code = 'ba-don';
UPDATE org_unit o JOIN org_unit n ON n.code = 'dang-uy-phuong-ba-don' SET o.successor_id = n.id WHERE o.code = 'thi-uy';
UPDATE org_unit o JOIN org_unit n ON n.code = 'ubnd-phuong-ba-don' SET o.successor_id = n.id WHERE o.code = 'ubnd';

-- Whose units are whose. The town's offices, boards, departments and organisations carry on the town's dialogues with
-- the Party committee of the ward of Ba Đồn, which took them over; the ward's own units are its own.
UPDATE org_unit u JOIN org_unit b ON b.code = 'dang-uy-phuong-ba-don'
SET u.owner_body_id = b.id
WHERE u.code IN ('thi-uy', 'ubnd', 'vp-thi-uy', 'ban-to-chuc', 'ban-tuyen-giao', 'ban-dan-van', 'ubkt-thi-uy', 'vp-hdnd-ubnd',
                 'phong-noi-vu', 'phong-tu-phap', 'phong-tckh', 'phong-tnmt', 'phong-qldt', 'phong-kinh-te', 'phong-ldtbxh',
                 'phong-vhtt', 'phong-gddt', 'phong-y-te', 'thanh-tra', 'trung-tam-vhttt', 'mttq', 'ldld', 'thi-doan', 'hoi-lhpn',
                 'hoi-nong-dan', 'hoi-ccb', 'cong-an', 'dang-uy-phuong-ba-don', 'mttq-phuong-ba-don',
                 'phuong-ba-don-tdp-1', 'phuong-ba-don-tdp-2', 'phuong-ba-don-tdp-3');
UPDATE org_unit u JOIN org_unit b ON b.code = 'ubnd-phuong-ba-don' SET u.owner_body_id = b.id WHERE u.code = 'ubnd-phuong-ba-don';
UPDATE org_unit u JOIN org_unit b ON b.code = 'dang-uy-phuong-bac-gianh'
SET u.owner_body_id = b.id
WHERE u.code IN ('dang-uy-phuong-bac-gianh', 'vp-dang-uy-phuong-bac-gianh', 'phong-kinh-te-phuong-bac-gianh', 'mttq-phuong-bac-gianh',
                 'phuong-bac-gianh-tdp-1', 'phuong-bac-gianh-tdp-2');
UPDATE org_unit u JOIN org_unit b ON b.code = 'ubnd-phuong-bac-gianh' SET u.owner_body_id = b.id WHERE u.code = 'ubnd-phuong-bac-gianh';
UPDATE org_unit u SET u.owner_body_id = u.id WHERE u.code IN ('dang-uy-xa-nam-gianh', 'ubnd-xa-nam-gianh', 'dang-uy-xa-nam-ba-don', 'ubnd-xa-nam-ba-don');

-- Plans already loaded (an installation that ran before bodies): the town's dialogues are the town Party committee's,
-- the ward's current one the ward Party committee's (whose office runs it). Feedback follows its plan.
UPDATE plan p JOIN org_unit b ON b.code = 'thi-uy' SET p.body_id = b.id WHERE p.created_by = 'demo' AND p.level = 'TOWN';
UPDATE plan p JOIN org_unit b ON b.code = 'dang-uy-phuong-ba-don' SET p.body_id = b.id WHERE p.created_by = 'demo' AND p.level = 'COMMUNE';
UPDATE feedback_item f JOIN plan p ON p.id = f.plan_id SET f.body_id = p.body_id;
