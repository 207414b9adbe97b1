-- The facility catalogue's reference data, in every environment: the commune health stations of the
-- receiving units' communes (lienthong.units) and a few hospitals, for Hà Nội (001), Khánh Hòa (056)
-- and TP Hồ Chí Minh (079). Codes follow the KCB code format (province prefix 01 / 56 / 79 + 3
-- characters) but are this catalogue's own; a deployment loads the official list in a later migration.
-- Rank: with no station for the child's commune, the province's first-ranked facility is the default.
insert into facilities (code, name, province_code, commune, kind, rank) values
    ('01901', 'Bệnh viện Đa khoa Đức Giang',           '001', null,               'HOSPITAL',               1),
    ('01902', 'Bệnh viện Thanh Nhàn',                  '001', null,               'HOSPITAL',               2),
    ('01903', 'Bệnh viện Đa khoa Xanh Pôn',            '001', null,               'HOSPITAL',               3),
    ('01101', 'Trạm Y tế phường Đức Giang',            '001', 'Phường Đức Giang', 'COMMUNE_HEALTH_STATION', 10),
    ('01102', 'Trạm Y tế phường Hoàn Kiếm',            '001', 'Phường Hoàn Kiếm', 'COMMUNE_HEALTH_STATION', 11),

    ('56901', 'Bệnh viện Đa khoa tỉnh Khánh Hòa',      '056', null,               'HOSPITAL',               1),
    ('56902', 'Bệnh viện Đa khoa khu vực Cam Ranh',    '056', null,               'HOSPITAL',               2),
    ('56101', 'Trạm Y tế phường Nha Trang',            '056', 'Phường Nha Trang', 'COMMUNE_HEALTH_STATION', 10),
    ('56102', 'Trạm Y tế xã Cam Lâm',                  '056', 'Xã Cam Lâm',       'COMMUNE_HEALTH_STATION', 11),

    ('79901', 'Bệnh viện Nhi Đồng 1',                  '079', null,               'HOSPITAL',               1),
    ('79902', 'Bệnh viện Nhi Đồng 2',                  '079', null,               'HOSPITAL',               2),
    ('79903', 'Bệnh viện Nhân dân Gia Định',           '079', null,               'HOSPITAL',               3),
    ('79101', 'Trạm Y tế phường Sài Gòn',              '079', 'Phường Sài Gòn',   'COMMUNE_HEALTH_STATION', 10),
    ('79102', 'Trạm Y tế phường Bến Thành',            '079', 'Phường Bến Thành', 'COMMUNE_HEALTH_STATION', 11);
