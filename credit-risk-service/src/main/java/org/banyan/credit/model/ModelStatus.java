package org.banyan.credit.model;

/** CHALLENGER when registered; CHAMPION decides (one at a time); RETIRED when replaced. */
enum ModelStatus { CHALLENGER, CHAMPION, RETIRED }
