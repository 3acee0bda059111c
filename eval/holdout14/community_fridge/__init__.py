"""Community fridge: fridges, volunteers, business donors, collections and food parcels."""
