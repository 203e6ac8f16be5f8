CREATE TABLE IF NOT EXISTS errored_contact (
    event_instance_id VARCHAR(64) PRIMARY KEY,
    contact_key VARCHAR(254),
    errorcode VARCHAR(64),
    message VARCHAR(1000),
    modified_date TIMESTAMP
);
