-- The example host CRM's own tables (think a quoting tool such as Zomentum).
-- Every synced table carries:
--   cw_*_id       the ConnectWise id written back after the first sync (unique, so a link is never doubled)
--   sync_opt_out  the user's "do not sync this record" switch
--   modified_at   when the row last changed (host clock)
--   change_seq    a value of the global sequence change_seq, taken on every change, so that
--                 "changes since cursor" is a plain indexed range scan
--   changed_by    USER or SYNC: who made the last change (the sync's own writes are not pushed back)
-- Every statement ends with ';' at the end of a line (CrmDatabase splits the script there).

CREATE SEQUENCE IF NOT EXISTS change_seq START WITH 1;

CREATE TABLE IF NOT EXISTS tax_region (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  name           VARCHAR(100) NOT NULL,
  rate           DECIMAL(9, 6) NOT NULL,  -- percent, as ConnectWise states tax rates
  cw_tax_code_id INT,
  sync_opt_out   BOOLEAN DEFAULT FALSE NOT NULL,
  modified_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  change_seq     BIGINT NOT NULL,
  changed_by     VARCHAR(4) NOT NULL,
  CONSTRAINT tax_region_name_uq UNIQUE (name),
  CONSTRAINT tax_region_cw_uq UNIQUE (cw_tax_code_id),
  CONSTRAINT tax_region_by_ck CHECK (changed_by IN ('USER', 'SYNC'))
);

-- Each region has a "Taxable" category at its rate and a "Non-Taxable" category at 0%.
CREATE TABLE IF NOT EXISTS tax_category (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  tax_region_id BIGINT NOT NULL REFERENCES tax_region (id) ON DELETE CASCADE,
  name          VARCHAR(50) NOT NULL,
  taxable       BOOLEAN NOT NULL,
  rate          DECIMAL(9, 6) NOT NULL,
  CONSTRAINT tax_category_uq UNIQUE (tax_region_id, name)
);

CREATE TABLE IF NOT EXISTS client_company (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  name          VARCHAR(50) NOT NULL,
  identifier    VARCHAR(30),
  phone         VARCHAR(30),
  website       VARCHAR(255),
  company_type  VARCHAR(50),
  market        VARCHAR(50),
  address_line1 VARCHAR(50),
  city          VARCHAR(50),
  state         VARCHAR(50),
  zip           VARCHAR(12),
  cw_company_id INT,
  sync_opt_out  BOOLEAN DEFAULT FALSE NOT NULL,
  modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  change_seq    BIGINT NOT NULL,
  changed_by    VARCHAR(4) NOT NULL,
  CONSTRAINT client_company_identifier_uq UNIQUE (identifier),
  CONSTRAINT client_company_cw_uq UNIQUE (cw_company_id),
  CONSTRAINT client_company_by_ck CHECK (changed_by IN ('USER', 'SYNC'))
);
CREATE INDEX IF NOT EXISTS client_company_seq_ix ON client_company (change_seq);

CREATE TABLE IF NOT EXISTS client_contact (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  company_id    BIGINT REFERENCES client_company (id),
  first_name    VARCHAR(30) NOT NULL,
  last_name     VARCHAR(30),
  title         VARCHAR(50),
  email         VARCHAR(250),
  phone         VARCHAR(30),
  contact_type  VARCHAR(50),
  inactive      BOOLEAN,                 -- as ConnectWise last said; NULL when it never did
  cw_contact_id INT,
  sync_opt_out  BOOLEAN DEFAULT FALSE NOT NULL,
  modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  change_seq    BIGINT NOT NULL,
  changed_by    VARCHAR(4) NOT NULL,
  CONSTRAINT client_contact_cw_uq UNIQUE (cw_contact_id),
  CONSTRAINT client_contact_by_ck CHECK (changed_by IN ('USER', 'SYNC'))
);
CREATE INDEX IF NOT EXISTS client_contact_seq_ix ON client_contact (change_seq);

-- The host's sales pipeline; kind tells open stages from the closed (won/lost) ones.
CREATE TABLE IF NOT EXISTS pipeline_stage (
  name       VARCHAR(50) PRIMARY KEY,
  kind       VARCHAR(4) NOT NULL,
  sort_order INT NOT NULL,
  CONSTRAINT pipeline_stage_kind_ck CHECK (kind IN ('OPEN', 'WON', 'LOST'))
);

CREATE TABLE IF NOT EXISTS opportunity (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  name              VARCHAR(100) NOT NULL,
  company_id        BIGINT NOT NULL REFERENCES client_company (id),
  contact_id        BIGINT REFERENCES client_contact (id),
  stage             VARCHAR(50) NOT NULL REFERENCES pipeline_stage (name),
  amount            DECIMAL(19, 4) DEFAULT 0 NOT NULL,
  expected_close    DATE,
  owner             VARCHAR(50),
  notes             VARCHAR(2000),
  cw_status         VARCHAR(50),           -- the "CW Status" custom field
  cw_opportunity_id INT,
  sync_opt_out      BOOLEAN DEFAULT FALSE NOT NULL,
  modified_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  change_seq        BIGINT NOT NULL,
  changed_by        VARCHAR(4) NOT NULL,
  CONSTRAINT opportunity_cw_uq UNIQUE (cw_opportunity_id),
  CONSTRAINT opportunity_by_ck CHECK (changed_by IN ('USER', 'SYNC'))
);
CREATE INDEX IF NOT EXISTS opportunity_seq_ix ON opportunity (change_seq);

CREATE TABLE IF NOT EXISTS product (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  name               VARCHAR(100) NOT NULL,
  code               VARCHAR(60),
  description        VARCHAR(200),
  product_type       VARCHAR(50),
  category           VARCHAR(50),
  subcategory        VARCHAR(50),
  product_class      VARCHAR(20),
  price              DECIMAL(19, 4) DEFAULT 0 NOT NULL,
  cost               DECIMAL(19, 4) DEFAULT 0 NOT NULL,
  taxable            BOOLEAN DEFAULT TRUE NOT NULL,
  bundle             BOOLEAN DEFAULT FALSE NOT NULL,
  inactive           BOOLEAN,            -- as ConnectWise last said; NULL when it never did
  cw_catalog_item_id INT,
  sync_opt_out       BOOLEAN DEFAULT FALSE NOT NULL,
  modified_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  change_seq         BIGINT NOT NULL,
  changed_by         VARCHAR(4) NOT NULL,
  CONSTRAINT product_name_uq UNIQUE (name),
  CONSTRAINT product_cw_uq UNIQUE (cw_catalog_item_id),
  CONSTRAINT product_by_ck CHECK (changed_by IN ('USER', 'SYNC'))
);
CREATE INDEX IF NOT EXISTS product_seq_ix ON product (change_seq);

-- What a bundle product is made of.
CREATE TABLE IF NOT EXISTS bundle_component (
  bundle_id  BIGINT NOT NULL REFERENCES product (id) ON DELETE CASCADE,
  product_id BIGINT NOT NULL REFERENCES product (id),
  quantity   DECIMAL(19, 4) NOT NULL,
  PRIMARY KEY (bundle_id, product_id)
);

-- Quotes and other sales documents of an opportunity.
CREATE TABLE IF NOT EXISTS document (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  opportunity_id BIGINT NOT NULL REFERENCES opportunity (id) ON DELETE CASCADE,
  name           VARCHAR(100) NOT NULL,
  status         VARCHAR(6) NOT NULL,
  tax_region_id  BIGINT REFERENCES tax_region (id),
  cw_note_id     INT,
  modified_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  change_seq     BIGINT NOT NULL,
  changed_by     VARCHAR(4) NOT NULL,
  CONSTRAINT document_status_ck CHECK (status IN ('DRAFT', 'SENT', 'WON', 'SIGNED', 'LOST')),
  CONSTRAINT document_by_ck CHECK (changed_by IN ('USER', 'SYNC'))
);
CREATE INDEX IF NOT EXISTS document_seq_ix ON document (change_seq);

-- A quote's lines; a bundle line's children point at it through parent_line_id.
CREATE TABLE IF NOT EXISTS document_line (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  document_id         BIGINT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  line_no             INT NOT NULL,
  parent_line_id      BIGINT REFERENCES document_line (id) ON DELETE CASCADE,
  product_id          BIGINT NOT NULL REFERENCES product (id),
  description         VARCHAR(200),
  quantity            DECIMAL(19, 4) NOT NULL,
  unit_price          DECIMAL(19, 4) NOT NULL,
  unit_cost           DECIMAL(19, 4) DEFAULT 0 NOT NULL,
  tax_category_id     BIGINT REFERENCES tax_category (id),
  cw_forecast_item_id INT,
  CONSTRAINT document_line_no_uq UNIQUE (document_id, line_no)
);
