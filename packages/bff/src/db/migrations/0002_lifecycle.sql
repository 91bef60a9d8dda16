CREATE TABLE `abandonments` (
	`id` text PRIMARY KEY NOT NULL,
	`candidacy_id` text NOT NULL,
	`declared_by` text NOT NULL,
	`reason` text NOT NULL,
	`confirmed` integer,
	`declared_at` text NOT NULL,
	`answered_at` text,
	FOREIGN KEY (`candidacy_id`) REFERENCES `candidacies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `abandonments_candidacy_idx` ON `abandonments` (`candidacy_id`,`declared_at`);--> statement-breakpoint
CREATE TABLE `accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`role` text NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`organism_id` text,
	`aap_site_id` text,
	`certificateur_id` text,
	`departments` text,
	`certification_codes` text,
	`created_at` text NOT NULL,
	`disabled_at` text,
	FOREIGN KEY (`certificateur_id`) REFERENCES `certificateur_authorities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `accounts_organism_idx` ON `accounts` (`organism_id`);--> statement-breakpoint
CREATE INDEX `accounts_certificateur_idx` ON `accounts` (`certificateur_id`);--> statement-breakpoint
CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`hash` text NOT NULL,
	`hint` text NOT NULL,
	`partner_id` text,
	`account_id` text,
	`created_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_hash_unique` ON `api_keys` (`hash`);--> statement-breakpoint
CREATE INDEX `api_keys_partner_idx` ON `api_keys` (`partner_id`);--> statement-breakpoint
CREATE INDEX `api_keys_account_idx` ON `api_keys` (`account_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`candidacy_id` text,
	`actor` text NOT NULL,
	`account_id` text,
	`partner_id` text,
	`action` text NOT NULL,
	`status_before` text,
	`status_after` text,
	`details` text,
	`request_id` text,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_candidacy_idx` ON `audit_log` (`candidacy_id`,`at`);--> statement-breakpoint
CREATE TABLE `candidacies` (
	`id` text PRIMARY KEY NOT NULL,
	`candidate_id` text NOT NULL,
	`status` text NOT NULL,
	`version` integer NOT NULL,
	`accompaniment_type` text NOT NULL,
	`certification_code` text NOT NULL,
	`aap_id` text,
	`aap_organism_id` text,
	`certificateur_id` text,
	`typology` text NOT NULL,
	`eligibility_answers` text NOT NULL,
	`eligibility_result` text NOT NULL,
	`partner_id` text,
	`tracking_code_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`certificateur_id`) REFERENCES `certificateur_authorities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `candidacies_tracking_code_hash_unique` ON `candidacies` (`tracking_code_hash`);--> statement-breakpoint
CREATE INDEX `candidacies_aap_idx` ON `candidacies` (`aap_id`,`status`);--> statement-breakpoint
CREATE INDEX `candidacies_aap_organism_idx` ON `candidacies` (`aap_organism_id`,`status`);--> statement-breakpoint
CREATE INDEX `candidacies_certificateur_idx` ON `candidacies` (`certificateur_id`);--> statement-breakpoint
CREATE INDEX `candidacies_candidate_idx` ON `candidacies` (`candidate_id`);--> statement-breakpoint
CREATE TABLE `candidacy_status_history` (
	`id` text PRIMARY KEY NOT NULL,
	`candidacy_id` text NOT NULL,
	`status` text NOT NULL,
	`actor` text NOT NULL,
	`account_id` text,
	`at` text NOT NULL,
	FOREIGN KEY (`candidacy_id`) REFERENCES `candidacies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `candidacy_status_history_candidacy_idx` ON `candidacy_status_history` (`candidacy_id`,`at`);--> statement-breakpoint
CREATE TABLE `candidates` (
	`id` text PRIMARY KEY NOT NULL,
	`given_name` text NOT NULL,
	`family_name` text NOT NULL,
	`email` text NOT NULL,
	`phone` text,
	`department` text NOT NULL,
	`nir_encrypted` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `certificateur_authorities` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`structure` text NOT NULL,
	`contact_email` text,
	`departments` text NOT NULL,
	`certification_codes` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`candidacy_id` text NOT NULL,
	`dossier_type` text NOT NULL,
	`dossier_id` text NOT NULL,
	`role` text NOT NULL,
	`sha256` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`content_type` text NOT NULL,
	`file_name` text NOT NULL,
	`uploaded_at` text NOT NULL,
	FOREIGN KEY (`candidacy_id`) REFERENCES `candidacies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `documents_dossier_idx` ON `documents` (`dossier_type`,`dossier_id`);--> statement-breakpoint
CREATE TABLE `feasibility_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`candidacy_id` text NOT NULL,
	`dossier_id` text NOT NULL,
	`certificateur_id` text NOT NULL,
	`decision` text NOT NULL,
	`comment` text,
	`actor` text NOT NULL,
	`account_id` text,
	`at` text NOT NULL,
	FOREIGN KEY (`candidacy_id`) REFERENCES `candidacies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`dossier_id`) REFERENCES `feasibility_dossiers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `feasibility_decisions_candidacy_idx` ON `feasibility_decisions` (`candidacy_id`,`at`);--> statement-breakpoint
CREATE TABLE `feasibility_dossiers` (
	`id` text PRIMARY KEY NOT NULL,
	`candidacy_id` text NOT NULL,
	`certificateur_id` text NOT NULL,
	`decision` text NOT NULL,
	`sent_at` text NOT NULL,
	`sent_by` text NOT NULL,
	`decided_at` text,
	FOREIGN KEY (`candidacy_id`) REFERENCES `candidacies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`certificateur_id`) REFERENCES `certificateur_authorities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `feasibility_dossiers_candidacy_idx` ON `feasibility_dossiers` (`candidacy_id`,`sent_at`);--> statement-breakpoint
CREATE INDEX `feasibility_dossiers_inbox_idx` ON `feasibility_dossiers` (`certificateur_id`,`decision`,`sent_at`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`scope` text NOT NULL,
	`key` text NOT NULL,
	`request_hash` text NOT NULL,
	`candidacy_id` text NOT NULL,
	`response_encrypted` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`scope`, `key`)
);
--> statement-breakpoint
CREATE TABLE `juries` (
	`id` text PRIMARY KEY NOT NULL,
	`candidacy_id` text NOT NULL,
	`validation_dossier_id` text NOT NULL,
	`certificateur_id` text,
	`session_date` text NOT NULL,
	`time` text,
	`place` text,
	`result` text,
	`result_at` text,
	`scheduled_at` text NOT NULL,
	FOREIGN KEY (`candidacy_id`) REFERENCES `candidacies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`validation_dossier_id`) REFERENCES `validation_dossiers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `juries_validation_dossier_id_unique` ON `juries` (`validation_dossier_id`);--> statement-breakpoint
CREATE INDEX `juries_certificateur_idx` ON `juries` (`certificateur_id`,`session_date`);--> statement-breakpoint
CREATE TABLE `partner_origins` (
	`partner_id` text NOT NULL,
	`origin` text NOT NULL,
	PRIMARY KEY(`partner_id`, `origin`),
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `partner_origins_origin_idx` ON `partner_origins` (`origin`);--> statement-breakpoint
CREATE TABLE `partners` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL,
	`disabled_at` text
);
--> statement-breakpoint
CREATE TABLE `validation_dossiers` (
	`id` text PRIMARY KEY NOT NULL,
	`candidacy_id` text NOT NULL,
	`certificateur_id` text,
	`decision` text NOT NULL,
	`comment` text,
	`sent_at` text NOT NULL,
	`sent_by` text NOT NULL,
	`decided_at` text,
	`decided_by_account_id` text,
	FOREIGN KEY (`candidacy_id`) REFERENCES `candidacies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`certificateur_id`) REFERENCES `certificateur_authorities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `validation_dossiers_candidacy_idx` ON `validation_dossiers` (`candidacy_id`,`sent_at`);--> statement-breakpoint
CREATE INDEX `validation_dossiers_inbox_idx` ON `validation_dossiers` (`certificateur_id`,`decision`,`sent_at`);