namespace ConfBot.Deploy.Tests.TestSupport;

/// <summary>An artefact with one deliberate fault, for showing that its check can fail.</summary>
internal static class BrokenCopy
{
    /// <summary>The text with <paramref name="good"/> replaced; fails if it is not there, so the fault cannot silently miss.</summary>
    public static string Of(string text, string good, string broken)
    {
        Assert.Contains(good, text, StringComparison.Ordinal);
        return text.Replace(good, broken, StringComparison.Ordinal);
    }
}
