"""Self-storage sites: units, licences, gate access and arrears."""
