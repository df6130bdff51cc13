// Entry of widget.html: being built (issue); renders nothing yet.
export {};
