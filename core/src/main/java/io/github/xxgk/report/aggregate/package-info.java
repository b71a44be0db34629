/**
 * Aggregation of reports cell by cell, as a county's 主管部门 does when it publishes the summary of all
 * reporting organs in the county.
 */
package io.github.xxgk.report.aggregate;
