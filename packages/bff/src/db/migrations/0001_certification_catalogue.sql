CREATE TABLE `certification_certificateurs` (
	`certification_code` text NOT NULL,
	`siret` text NOT NULL,
	`name` text NOT NULL,
	PRIMARY KEY(`certification_code`, `siret`),
	FOREIGN KEY (`certification_code`) REFERENCES `certifications`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `certification_certificateurs_siret_idx` ON `certification_certificateurs` (`siret`);--> statement-breakpoint
CREATE TABLE `certifications` (
	`code` text PRIMARY KEY NOT NULL,
	`registry` text NOT NULL,
	`label` text NOT NULL,
	`type_code` text,
	`type_label` text,
	`level` integer,
	`active` integer NOT NULL,
	`vae_accessible` integer NOT NULL,
	`registration_end` text,
	`filiere` text,
	`formacodes` text DEFAULT '[]' NOT NULL,
	`nsf_codes` text DEFAULT '[]' NOT NULL,
	`idcc` text DEFAULT '[]' NOT NULL,
	`blocs` text DEFAULT '[]' NOT NULL,
	`parcours` text DEFAULT '[]' NOT NULL,
	`replaces` text DEFAULT '[]' NOT NULL,
	`replaced_by` text DEFAULT '[]' NOT NULL,
	`content_hash` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `certifications_level_idx` ON `certifications` (`level`);