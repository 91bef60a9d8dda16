CREATE TABLE `partner_candidacy_links` (
	`partner_id` text NOT NULL,
	`candidacy_id` text NOT NULL,
	`linked_at` text NOT NULL,
	PRIMARY KEY(`partner_id`, `candidacy_id`),
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`candidacy_id`) REFERENCES `candidacies`(`id`) ON UPDATE no action ON DELETE cascade
);
