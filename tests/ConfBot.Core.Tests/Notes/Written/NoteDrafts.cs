using ConfBot.Core.Notes.Written;

namespace ConfBot.Core.Tests.Notes.Written;

/// <summary>Drafts as people fill in the notes form.</summary>
internal static class NoteDrafts
{
    public static NoteDraft Full { get; } = new()
    {
        Title = "Zero-Copy Parsing (with nom & winnow)",
        Conference = "Oxidize North",
        Year = 2025,
        Speakers = ["Ngozi Adeyemi", "Kofi Mensah"],
        Links = ["https://speakerdeck.com/nadeyemi/zero-copy-parsing", "https://www.youtube.com/watch?v=abc123"],
        Notes = """
            ## Borrowing from the input

            - return slices that point into the input buffer instead of owned strings
            - "Cow" for the fields that sometimes need unescaping

            ## Benchmarks

            - winnow with memchr parsed 910 MB/s without allocating
            """.Replace("\r\n", "\n"),
        ActionPoints = ["profile the log parser with dhat", "spike a winnow version of the syslog parser"],
    };

    public static NoteDraft Minimal(string title = "Observability without dashboards") => new()
    {
        Title = title,
        Notes = "- traces beat logs for finding slow requests",
    };
}
