-- The AAP directory is cached in memory by every BFF instance. Any change to these tables,
-- by any writer, bumps this counter, so each instance sees it and rebuilds its cache.
INSERT OR IGNORE INTO `app_meta` (`key`, `value`) VALUES ('organisms_version', '0');
--> statement-breakpoint
CREATE TRIGGER `organisms_insert_bumps_version` AFTER INSERT ON `organisms`
BEGIN
  UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'organisms_version';
END;
--> statement-breakpoint
CREATE TRIGGER `organisms_update_bumps_version` AFTER UPDATE ON `organisms`
BEGIN
  UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'organisms_version';
END;
--> statement-breakpoint
CREATE TRIGGER `organisms_delete_bumps_version` AFTER DELETE ON `organisms`
BEGIN
  UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'organisms_version';
END;
--> statement-breakpoint
CREATE TRIGGER `aap_sites_insert_bumps_version` AFTER INSERT ON `aap_sites`
BEGIN
  UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'organisms_version';
END;
--> statement-breakpoint
CREATE TRIGGER `aap_sites_update_bumps_version` AFTER UPDATE ON `aap_sites`
BEGIN
  UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'organisms_version';
END;
--> statement-breakpoint
CREATE TRIGGER `aap_sites_delete_bumps_version` AFTER DELETE ON `aap_sites`
BEGIN
  UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'organisms_version';
END;
--> statement-breakpoint
CREATE TRIGGER `aap_site_levels_insert_bumps_version` AFTER INSERT ON `aap_site_levels`
BEGIN
  UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'organisms_version';
END;
--> statement-breakpoint
CREATE TRIGGER `aap_site_levels_update_bumps_version` AFTER UPDATE ON `aap_site_levels`
BEGIN
  UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'organisms_version';
END;
--> statement-breakpoint
CREATE TRIGGER `aap_site_levels_delete_bumps_version` AFTER DELETE ON `aap_site_levels`
BEGIN
  UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'organisms_version';
END;
