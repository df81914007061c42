package org.anjian.domain.construction.service;

/** The state of a project: 计划 (not started), 在建, 停工, 竣工. */
public enum ProjectStatus { PLANNED, IN_PROGRESS, SUSPENDED, COMPLETED }
