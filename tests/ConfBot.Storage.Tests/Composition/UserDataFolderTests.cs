using ConfBot.Storage;

namespace ConfBot.Storage.Tests.Composition;

public sealed class UserDataFolderTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Is_under_XDG_DATA_HOME_when_it_is_set()
    {
        Assert.Equal("/srv/state/confbot", UserDataFolder.Path(Environment(("XDG_DATA_HOME", "/srv/state"), ("HOME", "/home/ana"))));
    }

    [Fact]
    public void Is_under_the_home_folder_without_XDG_DATA_HOME()
    {
        Assert.Equal("/home/ana/.local/share/confbot", UserDataFolder.Path(Environment(("HOME", "/home/ana"))));
    }

    [Fact]
    public void A_relative_XDG_DATA_HOME_is_ignored_as_the_XDG_rule_says()
    {
        Assert.Equal("/home/ana/.local/share/confbot", UserDataFolder.Path(Environment(("XDG_DATA_HOME", "state"), ("HOME", "/home/ana"))));
    }

    [Fact]
    public void The_state_file_is_in_the_data_folder_unless_a_path_is_set()
    {
        Assert.Equal(Path.Combine(UserDataFolder.Path(), "confbot.db"), new StorageOptions().SqlitePathOrDefault);
        Assert.Equal("here.db", new StorageOptions { SqlitePath = "here.db" }.SqlitePathOrDefault);
    }
}
