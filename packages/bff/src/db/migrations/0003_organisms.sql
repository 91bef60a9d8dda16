CREATE TABLE `aap_site_levels` (
	`aap_site_id` text NOT NULL,
	`filiere` text NOT NULL,
	`level` integer NOT NULL,
	PRIMARY KEY(`aap_site_id`, `filiere`, `level`),
	FOREIGN KEY (`aap_site_id`) REFERENCES `aap_sites`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `aap_site_levels_filiere_idx` ON `aap_site_levels` (`filiere`,`level`);--> statement-breakpoint
CREATE TABLE `aap_sites` (
	`id` text PRIMARY KEY NOT NULL,
	`organism_id` text NOT NULL,
	`public_name` text NOT NULL,
	`email` text,
	`phone` text,
	`address` text,
	`postal_code` text,
	`commune_code` text,
	`commune_name` text,
	`department` text,
	`latitude` real,
	`longitude` real,
	`modality` text NOT NULL,
	`remote_zones` text DEFAULT '[]' NOT NULL,
	`departments_served` text DEFAULT '[]' NOT NULL,
	`formacodes` text DEFAULT '[]' NOT NULL,
	`idcc` text DEFAULT '[]' NOT NULL,
	`pmr_accessible` integer DEFAULT false NOT NULL,
	`closed` integer DEFAULT false NOT NULL,
	`visible` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organism_id`) REFERENCES `organisms`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `aap_sites_organism_idx` ON `aap_sites` (`organism_id`);--> statement-breakpoint
CREATE TABLE `organisms` (
	`id` text PRIMARY KEY NOT NULL,
	`legal_name` text NOT NULL,
	`siret` text NOT NULL,
	`website` text,
	`active` integer NOT NULL,
	`qualiopi_vae` integer NOT NULL,
	`qualiopi_expires_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisms_siret_unique` ON `organisms` (`siret`);