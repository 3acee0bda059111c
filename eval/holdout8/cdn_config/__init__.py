"""CDN edge configuration service: origins, cache rules, WAF, certificates and edge log shipping."""
