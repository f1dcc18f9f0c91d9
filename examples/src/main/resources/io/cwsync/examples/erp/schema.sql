-- The example ERP's own tables (think an e-automate-like dealer ERP).
-- Rows the sync pushes carry modified_at and change_seq (a value of the global sequence change_seq taken
-- on every user change), so "changes since cursor" is an indexed range scan. The sync's own bookkeeping
-- (ConnectWise ids written back, the on-hold flag after a push attempt) does not take a new value.
-- Custom properties are columns here: cw_company_id is ZCJ_CW_CompanyID, cw_site_id is
-- ZCJ_CW_SiteAddressRecID, sync_to_cw is ZCJ_SyncToCW.
-- Every statement ends with ';' at the end of a line (ErpDatabase splits the script there).

CREATE SEQUENCE IF NOT EXISTS change_seq START WITH 1;

CREATE TABLE IF NOT EXISTS customer (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  number         VARCHAR(30) NOT NULL,
  name           VARCHAR(50) NOT NULL,
  customer_type  VARCHAR(50),
  contract_type  VARCHAR(50),
  branch         VARCHAR(10),
  parent_id      BIGINT REFERENCES customer (id),
  address_line1  VARCHAR(50),
  city           VARCHAR(50),
  state          VARCHAR(50),
  zip            VARCHAR(12),
  phone          VARCHAR(30),
  cw_company_id  INT,
  cw_site_id     INT,
  sync_to_cw     VARCHAR(3) DEFAULT 'Yes' NOT NULL,
  modified_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  change_seq     BIGINT NOT NULL,
  CONSTRAINT customer_number_uq UNIQUE (number),
  CONSTRAINT customer_sync_ck CHECK (sync_to_cw IN ('Yes', 'No'))
);
CREATE INDEX IF NOT EXISTS customer_seq_ix ON customer (change_seq);

CREATE TABLE IF NOT EXISTS contract_template (
  number      VARCHAR(100) PRIMARY KEY,
  description VARCHAR(100),
  is_default  BOOLEAN DEFAULT FALSE NOT NULL
);

CREATE TABLE IF NOT EXISTS contract (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  number           VARCHAR(40) NOT NULL,
  customer_id      BIGINT NOT NULL REFERENCES customer (id),
  bill_to_id       BIGINT REFERENCES customer (id),
  template         VARCHAR(100) NOT NULL REFERENCES contract_template (number),
  agreement_type   VARCHAR(100),
  description      VARCHAR(100),
  status           VARCHAR(10) NOT NULL,
  po               VARCHAR(50),
  remarks          VARCHAR(500),
  amount           DECIMAL(12, 2),
  start_date       DATE,
  end_date         DATE,
  cw_agreement_id  INT,
  CONSTRAINT contract_number_uq UNIQUE (number),
  CONSTRAINT contract_status_ck CHECK (status IN ('ACTIVE', 'INACTIVE', 'TERMINATED'))
);

-- One billing line per agreement invoice applied to the contract.
CREATE TABLE IF NOT EXISTS contract_billing (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  contract_id     BIGINT NOT NULL REFERENCES contract (id),
  invoice_number  VARCHAR(30),
  invoice_date    DATE,
  amount          DECIMAL(12, 2),
  status          VARCHAR(30),
  cw_invoice_id   INT
);

CREATE TABLE IF NOT EXISTS technician (
  id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
  number                VARCHAR(20) NOT NULL,
  name                  VARCHAR(50) NOT NULL,
  cw_member_identifier  VARCHAR(15),
  CONSTRAINT technician_number_uq UNIQUE (number),
  CONSTRAINT technician_member_uq UNIQUE (cw_member_identifier)
);

CREATE TABLE IF NOT EXISTS service_call (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  number        VARCHAR(40) NOT NULL,
  customer_id   BIGINT NOT NULL REFERENCES customer (id),
  contract_id   BIGINT REFERENCES contract (id),
  description   VARCHAR(200) NOT NULL,
  technician    VARCHAR(20),
  status        VARCHAR(30) NOT NULL,
  on_hold       BOOLEAN DEFAULT FALSE NOT NULL,
  origin        VARCHAR(3) NOT NULL,
  cw_ticket_id  INT,
  modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  change_seq    BIGINT NOT NULL,
  CONSTRAINT service_call_number_uq UNIQUE (number),
  CONSTRAINT service_call_origin_ck CHECK (origin IN ('ERP', 'CW'))
);
CREATE INDEX IF NOT EXISTS service_call_seq_ix ON service_call (change_seq);

CREATE TABLE IF NOT EXISTS call_labor (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  call_id             BIGINT NOT NULL REFERENCES service_call (id),
  technician          VARCHAR(20) NOT NULL,
  started_at          TIMESTAMP WITH TIME ZONE,
  ended_at            TIMESTAMP WITH TIME ZONE,
  hours               DECIMAL(9, 2),
  notes               VARCHAR(500),
  cw_time_entry_id    INT
);

CREATE TABLE IF NOT EXISTS call_part (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  call_id      BIGINT NOT NULL REFERENCES service_call (id),
  item         VARCHAR(50) NOT NULL,
  description  VARCHAR(100),
  quantity     DECIMAL(12, 2) NOT NULL,
  price        DECIMAL(12, 2) NOT NULL
);

-- Item templates by ConnectWise product type: an item can be created from a template only when it has
-- an inventory or an expense code, and a sales code.
CREATE TABLE IF NOT EXISTS item_template (
  product_type    VARCHAR(50) PRIMARY KEY,
  inventory_code  VARCHAR(20),
  expense_code    VARCHAR(20),
  sales_code      VARCHAR(20)
);

CREATE TABLE IF NOT EXISTS item (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  number          VARCHAR(50) NOT NULL,
  description     VARCHAR(100),
  inventory_code  VARCHAR(20),
  expense_code    VARCHAR(20),
  sales_code      VARCHAR(20),
  non_inventory   BOOLEAN DEFAULT FALSE NOT NULL,
  CONSTRAINT item_number_uq UNIQUE (number)
);

CREATE TABLE IF NOT EXISTS on_hold_code (
  code         VARCHAR(20) PRIMARY KEY,
  description  VARCHAR(100)
);

CREATE TABLE IF NOT EXISTS sales_order (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  number        VARCHAR(40) NOT NULL,
  customer_id   BIGINT NOT NULL REFERENCES customer (id),
  order_date    DATE,
  po            VARCHAR(50),
  status        VARCHAR(30),
  on_hold_code  VARCHAR(20) REFERENCES on_hold_code (code),
  cw_order_id   INT,
  CONSTRAINT sales_order_number_uq UNIQUE (number)
);

CREATE TABLE IF NOT EXISTS sales_order_line (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  order_id      BIGINT NOT NULL REFERENCES sales_order (id),
  item          VARCHAR(50) NOT NULL,
  description   VARCHAR(300),
  quantity      DECIMAL(12, 2),
  price         DECIMAL(12, 2),
  error_item    BOOLEAN DEFAULT FALSE NOT NULL,
  cw_product_id INT
);
