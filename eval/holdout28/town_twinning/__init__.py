"""Town twinning association: members, host families and exchange visits to the twin town."""
