namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>
/// Tests that measure this process's memory run alone, after the others: tests running beside them (the
/// embedding model loading in a meaning scenario, another service indexing) would otherwise be counted as theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuresProcessMemory
{
    public const string Name = "measures process memory";
}
