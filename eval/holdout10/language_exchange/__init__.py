"""Language-exchange site: members pair up to practise each other's language."""
