// Entry of kiosk.html: being built (issue); renders nothing yet.
export {};
