package com.agencyos.localstack.demo;

import java.util.List;
import java.util.Map;

/**
 * Six leads that look like real form fills, from strong to weak. Harbour Tiles' website is one of the local stack's
 * fixture sites, so its lead shows what the website provider reads; the other domains are fetched from the internet.
 */
final class DemoLeads {

    private DemoLeads() {
    }

    static final List<Map<String, Object>> LEADS = List.of(
            Map.of("email", "priya.raman@northwind-logistics.com.au", "firstName", "Priya", "lastName", "Raman",
                    "title", "VP Sales", "companyName", "Northwind Logistics", "companyDomain", "northwind-logistics.com.au",
                    "country", "AU", "phone", "+61 2 9000 1234", "employeeCount", 420),
            Map.of("email", "marcus.lee@brightpath.io", "firstName", "Marcus", "lastName", "Lee",
                    "title", "Head of Revenue Operations", "companyName", "BrightPath", "companyDomain", "brightpath.io",
                    "country", "NZ", "employeeCount", 85),
            Map.of("email", "alexandra@harbourtiles.com.au", "firstName", "Alexandra", "lastName", "Papadopoulos",
                    "title", "Managing Director", "companyName", "Harbour Tiles", "website", "https://harbourtiles.com.au",
                    "country", "AU", "phone", "+61 2 9560 4411"),
            Map.of("email", "sofia.garcia@tallbridge.co", "firstName", "Sofia", "lastName", "Garcia",
                    "title", "Marketing Manager", "companyName", "Tallbridge", "companyDomain", "tallbridge.co",
                    "country", "US", "employeeCount", 40),
            Map.of("email", "info@quickfixplumbing.com.au", "firstName", "Dave",
                    "companyName", "QuickFix Plumbing", "companyDomain", "quickfixplumbing.com.au", "country", "AU"),
            Map.of("email", "sam.student2001@gmail.com", "firstName", "Sam", "title", "Student", "country", "GB"));
}
