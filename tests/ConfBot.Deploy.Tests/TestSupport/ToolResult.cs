namespace ConfBot.Deploy.Tests.TestSupport;

/// <summary>What a <see cref="Tool"/> run printed and how it exited.</summary>
internal sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
}
