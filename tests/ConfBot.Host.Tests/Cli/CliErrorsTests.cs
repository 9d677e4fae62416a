using ConfBot.Cli;

namespace ConfBot.Host.Tests.Cli;

public sealed class CliErrorsTests
{
    [Fact]
    public async Task A_missing_notes_folder_is_one_error_line_and_exit_code_2()
    {
        var errors = new StringWriter();
        var code = await CliErrors.Guard(() => throw new DirectoryNotFoundException("Notes folder '/nope' does not exist."), errors);
        Assert.Equal(2, code);
        Assert.Equal("error: Notes folder '/nope' does not exist.", errors.ToString().Trim());
    }

    [Fact]
    public async Task A_failure_while_running_is_one_error_line_without_a_stack_trace_and_exit_code_1()
    {
        var errors = new StringWriter();
        var code = await CliErrors.Guard(() => throw new InvalidOperationException("the store is locked"), errors);
        Assert.Equal(1, code);
        Assert.Equal("error: the store is locked", errors.ToString().Trim());
    }
}
