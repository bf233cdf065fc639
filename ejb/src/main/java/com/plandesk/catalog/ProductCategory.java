package com.plandesk.catalog;

public enum ProductCategory { PLAN, ADDON }
