-- Accounts from the browser (issue 7): one account per member of staff, and a leaver's account
-- is disabled with its sessions ended (from now on StaffService does both when someone leaves).
CREATE UNIQUE INDEX users_staff_unique ON users (staff_id) WHERE staff_id IS NOT NULL;
UPDATE users SET active = 0, version = version + 1
WHERE active = 1 AND staff_id IN (SELECT id FROM staff WHERE status = 'left');
DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE active = 0);
